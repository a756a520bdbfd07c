# -DSCALEKIT_SANITIZE=ON builds everything with AddressSanitizer and UndefinedBehaviorSanitizer.
option(SCALEKIT_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(SCALEKIT_SANITIZE)
    set(_sk_san -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_compile_options(console_options INTERFACE ${_sk_san})
    target_link_options(console_options INTERFACE ${_sk_san})
endif()
