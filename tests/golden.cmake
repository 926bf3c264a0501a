# One golden test: run whereas on SAMPLE inside SAMPLES_DIR (so `source` is
# the relative name), compare with EXPECTED byte for byte, show a diff on
# mismatch. With UPDATE=ON, EXPECTED is rewritten: read the diff against
# the source text before committing it.
get_filename_component(actual_dir "${ACTUAL}" DIRECTORY)
file(MAKE_DIRECTORY "${actual_dir}")
execute_process(
  COMMAND "${WHEREAS}" parse "${SAMPLE}"
  WORKING_DIRECTORY "${SAMPLES_DIR}"
  OUTPUT_FILE "${ACTUAL}"
  RESULT_VARIABLE status)
# 1: parsed, but of no known kind (a near miss among the test documents).
if(NOT status EQUAL 0 AND NOT status EQUAL 1)
  message(FATAL_ERROR "whereas parse ${SAMPLE} exited with ${status}")
endif()
if(UPDATE)
  file(COPY_FILE "${ACTUAL}" "${EXPECTED}")
  message(STATUS "updated ${EXPECTED}")
  return()
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${EXPECTED}" "${ACTUAL}"
                RESULT_VARIABLE differ)
if(differ)
  execute_process(COMMAND git diff --no-index --no-color -- "${EXPECTED}" "${ACTUAL}")
  message(FATAL_ERROR "golden mismatch: ${EXPECTED}")
endif()
