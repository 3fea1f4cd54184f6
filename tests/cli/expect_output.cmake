# Runs assess with ARGS (a ;-list) and compares its standard output with the file EXPECTED byte for byte, and its
# exit status with CODE.
execute_process(COMMAND ${ASSESS} ${ARGS} OUTPUT_VARIABLE out RESULT_VARIABLE rc)
file(READ ${EXPECTED} expected)
if(NOT out STREQUAL expected)
  message(FATAL_ERROR "assess ${ARGS}: output differs from ${EXPECTED}:\n${out}")
endif()
if(NOT rc EQUAL CODE)
  message(FATAL_ERROR "assess ${ARGS}: exit ${rc}, expected ${CODE}")
endif()
