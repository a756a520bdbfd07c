# -DSCALEKIT_SANITIZE=ON builds everything with AddressSanitizer and UndefinedBehaviorSanitizer.
option(SCALEKIT_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(SCALEKIT_SANITIZE)
    set(_sk_san -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_compile_options(console_options INTERFACE ${_sk_san})
    target_link_options(console_options INTERFACE ${_sk_san})
endif()

# -DSCALEKIT_FUZZ=ON (clang only, a build tree of its own): every library instrumented for
# libFuzzer with AddressSanitizer and UndefinedBehaviorSanitizer, and the targets in tests/fuzz.
option(SCALEKIT_FUZZ "Build the libFuzzer targets in tests/fuzz (clang; use a separate build tree)" OFF)
if(SCALEKIT_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "SCALEKIT_FUZZ needs clang: CC=clang-14 CXX=clang++-14 cmake ... -DSCALEKIT_FUZZ=ON")
    endif()
    set(_sk_fuzz -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_compile_options(console_options INTERFACE ${_sk_fuzz})
    target_link_options(console_options INTERFACE -fsanitize=address,undefined)
endif()
