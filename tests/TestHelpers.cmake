# sk_add_test_folder(kind libs...): one QtTest executable per tests/<kind>/tst_*.cpp.
function(sk_add_test_folder kind)
    file(GLOB _tests CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/${kind}/tst_*.cpp)
    foreach(_src IN LISTS _tests)
        get_filename_component(_name ${_src} NAME_WE)
        add_executable(${_name} ${_src})
        target_link_libraries(${_name} PRIVATE console_testsupport ${ARGN} Qt6::Test)
        set_target_properties(${_name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
        add_test(NAME ${kind}.${_name} COMMAND ${_name})
        set_tests_properties(${kind}.${_name} PROPERTIES LABELS ${kind} TIMEOUT 300
            ENVIRONMENT "QT_QPA_PLATFORM=offscreen;SK_TEST_KIND=${kind}")
    endforeach()
endfunction()
