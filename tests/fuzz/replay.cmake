# Every fuzz target, built into the ordinary test build with replay_main.cpp instead of
# libFuzzer, replays its kept findings (tests/fuzz/regressions/TARGET/, where tests/fuzz/run.sh
# writes new ones) and its seeds: a finding stays fixed, and the targets keep compiling.
# Included from tests/CMakeLists.txt.
set(LINEAGE_FUZZ_DIR ${PROJECT_SOURCE_DIR}/tests/fuzz)
set(LINEAGE_FUZZ_REGRESSIONS ${LINEAGE_FUZZ_DIR}/regressions)
foreach(target loader config lesson class_requests)
  string(REPLACE "_" "-" folder ${target})
  add_executable(lineage_replay_${target} ${LINEAGE_FUZZ_DIR}/fuzz_${target}.cpp ${LINEAGE_FUZZ_DIR}/replay_main.cpp)
  target_link_libraries(lineage_replay_${target} PRIVATE lineage_core)
  target_compile_options(lineage_replay_${target} PRIVATE ${LINEAGE_WARNINGS})
  target_compile_definitions(lineage_replay_${target} PRIVATE LINEAGE_STORY_DIR="${PROJECT_SOURCE_DIR}/story/the-push")
  set(seeds)
  if(target STREQUAL "loader")
    set(seeds ${PROJECT_SOURCE_DIR}/story ${CMAKE_CURRENT_SOURCE_DIR}/data/scripts)
  elseif(target STREQUAL "config")
    set(seeds ${PROJECT_SOURCE_DIR}/assets)
  elseif(target STREQUAL "lesson")
    set(seeds ${PROJECT_SOURCE_DIR}/story/the-push/lessons)
  endif()
  add_test(NAME fuzz-replay-${folder} COMMAND lineage_replay_${target} ${LINEAGE_FUZZ_REGRESSIONS}/${folder} ${seeds})
  set_tests_properties(fuzz-replay-${folder} PROPERTIES TIMEOUT 120 ENVIRONMENT
    "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/lsan.supp")
endforeach()
