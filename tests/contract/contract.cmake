# Contract tests against the official OpenAPI spec (tests/data/scalekit.openapi.json), label
# "contract". Included from tests/CMakeLists.txt (same directory, so it can set the properties of
# the integration and UI tests). They need python3 with jsonschema (Debian python3-jsonschema).
#   contract.sandbox_answers: every route the sandbox serves, its answers against the spec.
#   contract.request_bodies:  every request body the services sent in the integration and UI tests
#                             (recorded by their sandboxes) against the spec's request schemas.
#   unit.tst_specexamples:    every example payload of the spec decodes into our entities (C++).
find_program(SK_PYTHON3 NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH)
find_program(SK_PYTHON3 NAMES python3)
set(_contract_dir ${CMAKE_CURRENT_SOURCE_DIR}/contract)
set(_spec ${CMAKE_CURRENT_SOURCE_DIR}/data/scalekit.openapi.json)
set(_record_dir ${CMAKE_BINARY_DIR}/tests/recorded-requests)

add_test(NAME contract.sandbox_answers
         COMMAND ${SK_PYTHON3} ${_contract_dir}/sandbox_contract.py $<TARGET_FILE:scalekit-sandbox> ${_spec})
set_tests_properties(contract.sandbox_answers PROPERTIES LABELS contract TIMEOUT 120 ENVIRONMENT PYTHONDONTWRITEBYTECODE=1)

# The request log starts empty, the tests that drive the services fill it, then it is checked.
add_test(NAME contract.clear_recorded_requests COMMAND ${CMAKE_COMMAND} -E rm -rf ${_record_dir})
set_tests_properties(contract.clear_recorded_requests PROPERTIES LABELS contract FIXTURES_SETUP sk_requests_clean)
file(GLOB _recording_sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/integration/tst_*.cpp
                                                ${CMAKE_CURRENT_SOURCE_DIR}/ui/tst_*.cpp)
foreach(_src IN LISTS _recording_sources)
    get_filename_component(_name ${_src} NAME_WE)
    get_filename_component(_kind ${_src} DIRECTORY)
    get_filename_component(_kind ${_kind} NAME)
    # tst_sandbox_* send raw requests (malformed and odd bodies on purpose), not service-built ones.
    if(_name MATCHES "^tst_sandbox_" OR NOT TEST ${_kind}.${_name})
        continue()
    endif()
    set_property(TEST ${_kind}.${_name} APPEND PROPERTY ENVIRONMENT SK_SANDBOX_RECORD_DIR=${_record_dir})
    set_property(TEST ${_kind}.${_name} APPEND PROPERTY FIXTURES_REQUIRED sk_requests_clean)
    set_property(TEST ${_kind}.${_name} APPEND PROPERTY FIXTURES_SETUP sk_requests_recorded)
endforeach()
add_test(NAME contract.request_bodies
         COMMAND ${SK_PYTHON3} ${_contract_dir}/request_contract.py ${_record_dir} ${_spec})
set_tests_properties(contract.request_bodies PROPERTIES LABELS contract TIMEOUT 120 ENVIRONMENT PYTHONDONTWRITEBYTECODE=1
                     FIXTURES_REQUIRED sk_requests_recorded)
