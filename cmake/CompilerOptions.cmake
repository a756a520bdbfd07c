# console_options: the strict flags every target of this project links.
add_library(console_options INTERFACE)
target_compile_features(console_options INTERFACE cxx_std_20)
target_compile_options(console_options INTERFACE -Wall -Wextra -Wpedantic)
target_compile_definitions(console_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    SCALEKIT_VERSION="${PROJECT_VERSION}")

# CI builds treat every warning as an error; local builds only warn.
if(DEFINED ENV{CI} AND "$ENV{CI}" STREQUAL "true")
    set(SCALEKIT_WERROR_DEFAULT ON)
else()
    set(SCALEKIT_WERROR_DEFAULT OFF)
endif()
option(SCALEKIT_WERROR "Treat warnings as errors" ${SCALEKIT_WERROR_DEFAULT})
if(SCALEKIT_WERROR)
    target_compile_options(console_options INTERFACE -Werror)
endif()
