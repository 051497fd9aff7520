ectowb_add_test(tst_migrationreverse ${CMAKE_CURRENT_LIST_DIR}/tst_migrationreverse.cpp)
ectowb_add_test(tst_migrationconformance ${CMAKE_CURRENT_LIST_DIR}/tst_migrationconformance.cpp)
ectowb_add_test(tst_migrator ${CMAKE_CURRENT_LIST_DIR}/tst_migrator.cpp)
ectowb_add_test(tst_migratorcli ${CMAKE_CURRENT_LIST_DIR}/tst_migratorcli.cpp)
ectowb_add_test(tst_migratorpostgres ${CMAKE_CURRENT_LIST_DIR}/tst_migratorpostgres.cpp)
ectowb_add_test(tst_migratorlocks ${CMAKE_CURRENT_LIST_DIR}/tst_migratorlocks.cpp)
# Minutes long (issue 15's stress test): built always, run only when asked for, with
# -DECTOWB_STRESS_TESTS=ON (ctest -L stress) or by running the executable.
option(ECTOWB_STRESS_TESTS "Run the minutes-long migrator stress test in CTest" OFF)
ectowb_add_test(tst_migratorstress ${CMAKE_CURRENT_LIST_DIR}/tst_migratorstress.cpp)
set_tests_properties(tst_migratorstress PROPERTIES LABELS stress TIMEOUT 3600)
if(NOT ECTOWB_STRESS_TESTS)
  set_tests_properties(tst_migratorstress PROPERTIES DISABLED TRUE)
endif()
