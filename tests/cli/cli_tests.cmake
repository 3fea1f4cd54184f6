# Smoke tests of the assess command: exit codes, both languages, both formats, batch with a bad line.
set(ASSESS $<TARGET_FILE:assess>)
set(DATA ${CMAKE_CURRENT_SOURCE_DIR}/cli)
set(EXAMPLE ${CMAKE_SOURCE_DIR}/examples/analysis-example.json)

function(cli_test name)
  cmake_parse_arguments(T "WILL_FAIL" "PASS;FAIL" "ARGS" ${ARGN})
  add_test(NAME cli/${name} COMMAND ${ASSESS} ${T_ARGS})
  if(T_PASS)
    set_tests_properties(cli/${name} PROPERTIES PASS_REGULAR_EXPRESSION "${T_PASS}")
  endif()
  if(T_FAIL)
    set_tests_properties(cli/${name} PROPERTIES FAIL_REGULAR_EXPRESSION "${T_FAIL}")
  endif()
  if(T_WILL_FAIL)
    set_tests_properties(cli/${name} PROPERTIES WILL_FAIL TRUE)
  endif()
  set_tests_properties(cli/${name} PROPERTIES LABELS "cli;native")
endfunction()

cli_test(help ARGS --help PASS "--batch FILE.*Exit status: 0")
cli_test(check_policy ARGS --check-policy PASS "suzhou-ai-2021, 23")
cli_test(json_zh ARGS ${EXAMPLE} PASS "\"total\":\\{\"min\":1300000,\"max\":13900000")
cli_test(text_en ARGS --lang en --format text ${EXAMPLE} PASS "50% × 6,000,000 yuan \\(eligible research costs\\) = 3,000,000 yuan, within the 5,000,000 yuan cap")
cli_test(text_zh ARGS --format text ${EXAMPLE} PASS "估算合计:1,300,000–13,900,000 元")
cli_test(external_policy ARGS --policy ${CMAKE_SOURCE_DIR}/public/policies/suzhou-ai-2021.json ${EXAMPLE} PASS "\"max\":13900000")
cli_test(usage_no_profile WILL_FAIL ARGS --lang zh)
cli_test(usage_bad_lang WILL_FAIL ARGS --lang fr ${EXAMPLE})
cli_test(missing_file WILL_FAIL ARGS /nonexistent/profile.json)
cli_test(invalid_profile WILL_FAIL ARGS ${DATA}/invalid-profile.json)
cli_test(invalid_profile_message ARGS ${DATA}/invalid-profile.json PASS "\"path\":\"answers.in_suzhou\",\"code\":\"wrong_type\"")
cli_test(bad_policy WILL_FAIL ARGS --policy ${DATA}/bad-policy.json ${EXAMPLE})
cli_test(batch ARGS --batch ${DATA}/batch.jsonl --lang en PASS "\\{\"line\":3,\"errors\":\\[\\{\"path\":\"\\$\",\"code\":\"json_syntax\"")
cli_test(batch_exit_code WILL_FAIL ARGS --batch ${DATA}/batch.jsonl)
cli_test(profile_schema ARGS --profile-schema PASS "\"key_tech_projects\"")

# Exit codes exactly (CTest can only tell zero from non-zero, so a small script checks the number).
add_test(NAME cli/exit_codes COMMAND ${CMAKE_COMMAND} -DASSESS=${ASSESS} -DDATA=${DATA} -DEXAMPLE=${EXAMPLE}
  -P ${CMAKE_CURRENT_SOURCE_DIR}/cli/exit_codes.cmake)
set_tests_properties(cli/exit_codes PROPERTIES LABELS "cli;native")
# The published profile schema is the one the policy produces.
add_test(NAME cli/schema_is_current COMMAND ${CMAKE_COMMAND} -DASSESS=${ASSESS}
  -DPUBLISHED=${CMAKE_SOURCE_DIR}/public/schema/profile.schema.json -P ${CMAKE_CURRENT_SOURCE_DIR}/cli/schema_is_current.cmake)
set_tests_properties(cli/schema_is_current PROPERTIES LABELS "cli;native")
# Policy as data: a different, minimal policy (tests/fuzz/seeds) runs through the same engine.
cli_test(minimal_policy_check ARGS --policy ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/seeds/policy-minimal.json --check-policy PASS "minimal, 2")
cli_test(minimal_policy_estimate ARGS --policy ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/seeds/policy-minimal.json
  ${DATA}/minimal-profile.json PASS "\"total\":\\{\"min\":500,\"max\":1100")
