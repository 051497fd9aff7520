ectowb_add_test(tst_migrationreverse ${CMAKE_CURRENT_LIST_DIR}/tst_migrationreverse.cpp)
ectowb_add_test(tst_migrationconformance ${CMAKE_CURRENT_LIST_DIR}/tst_migrationconformance.cpp)
ectowb_add_test(tst_migrator ${CMAKE_CURRENT_LIST_DIR}/tst_migrator.cpp)
ectowb_add_test(tst_migratorcli ${CMAKE_CURRENT_LIST_DIR}/tst_migratorcli.cpp)
