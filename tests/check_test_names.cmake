# Run after each test program is linked (CMakeLists.txt, tuyentap_tests): fails the build when
# a test's name holds ';'. catch_discover_tests reads the names as one CMake list, so it cuts
# such a name in two; CTest then registers two tests that match no test case, run nothing and
# pass, and `ctest -R` on the whole name finds nothing. The program is removed so that the
# next build checks again.
#   cmake -DTEST_EXECUTABLE=path -P tests/check_test_names.cmake
execute_process(COMMAND "${TEST_EXECUTABLE}" --list-test-names-only
  OUTPUT_VARIABLE names RESULT_VARIABLE rc)
# Each ';' set apart first, so that the list of lines does not split at it.
string(ASCII 1 mark)
string(REPLACE ";" "${mark}" names "${names}")
string(REPLACE "\n" ";" lines "${names}")
set(bad "")
foreach(line IN LISTS lines)
  if(line MATCHES "${mark}")
    string(REPLACE "${mark}" ";" line "${line}")
    string(APPEND bad "  ${line}\n")
  endif()
endforeach()
if(bad)
  file(REMOVE "${TEST_EXECUTABLE}")
  message(FATAL_ERROR "Test names must not hold ';': CTest cuts a name there (catch_discover_tests "
    "splits Catch's list of names at ';'), and neither half runs the test. Write ',' or ':' "
    "instead in the TEST_CASE of:\n${bad}")
endif()
