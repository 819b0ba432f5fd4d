# Fails when a message marked in the sources (tr(), N_()) has no Vietnamese in po/vi.po,
# or when vi.po has a fuzzy or untranslated entry. Run by CTest ("po: …").
# the CLI and the readers' warnings (article/warning_codes.cpp: their sentences are marked there)
file(GLOB sources ${SOURCE_DIR}/src/cli/*.cpp)
list(APPEND sources ${SOURCE_DIR}/src/article/warning_codes.cpp)
# the build's notes (book/note_codes.cpp: their sentences are marked there)
list(APPEND sources ${SOURCE_DIR}/src/book/note_codes.cpp)
set(pot ${WORK_DIR}/po-check/tuyentap.pot)
file(MAKE_DIRECTORY ${WORK_DIR}/po-check)
execute_process(
  COMMAND ${XGETTEXT} --from-code=UTF-8 --language=C++ -ktr -kN_ --no-location -o ${pot} ${sources}
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "xgettext failed")
endif()
execute_process(COMMAND ${MSGCMP} ${SOURCE_DIR}/po/vi.po ${pot}
  RESULT_VARIABLE rc ERROR_VARIABLE missing)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "po/vi.po lacks messages the program says:\n${missing}")
endif()
execute_process(COMMAND ${MSGFMT} --check --statistics -o /dev/null ${SOURCE_DIR}/po/vi.po
  RESULT_VARIABLE rc ERROR_VARIABLE stats)
if(NOT rc EQUAL 0 OR stats MATCHES "untranslated|fuzzy")
  message(FATAL_ERROR "po/vi.po is not complete: ${stats}")
endif()
message(STATUS "po/vi.po: ${stats}")
