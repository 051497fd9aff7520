ectowb_add_tests(tst_migrationreverse tst_migrationconformance tst_migrator tst_migratorcli
  tst_migratorpostgres tst_migrationlint tst_migrationlintcli tst_migratorlocks
  tst_migrationgenerated tst_migrationfixtures)
# Minutes long (issue 15's stress test): built always, registered with CTest only when
# asked for (-DECTOWB_STRESS_TESTS=ON, then ctest -L stress), or run the executable.
option(ECTOWB_STRESS_TESTS "Run the minutes-long migrator stress test in CTest" OFF)
if(ECTOWB_STRESS_TESTS)
  ectowb_add_test(tst_migratorstress ${CMAKE_CURRENT_LIST_DIR}/tst_migratorstress.cpp)
  set_tests_properties(tst_migratorstress PROPERTIES LABELS stress TIMEOUT 3600)
else()
  ectowb_add_test(tst_migratorstress ${CMAKE_CURRENT_LIST_DIR}/tst_migratorstress.cpp MANUAL)
endif()
