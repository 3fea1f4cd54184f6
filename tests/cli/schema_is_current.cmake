# Fails when public/schema/profile.schema.json differs from what `assess --profile-schema` prints.
execute_process(COMMAND ${ASSESS} --profile-schema OUTPUT_VARIABLE generated RESULT_VARIABLE rc)
file(READ ${PUBLISHED} published)
if(NOT rc EQUAL 0 OR NOT generated STREQUAL published)
  message(FATAL_ERROR "${PUBLISHED} is out of date: regenerate it with `assess --profile-schema > ${PUBLISHED}`")
endif()
