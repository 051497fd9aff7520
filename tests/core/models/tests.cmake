ectowb_add_test(tst_projectfilesmodel ${CMAKE_CURRENT_LIST_DIR}/tst_projectfilesmodel.cpp)
ectowb_add_test(tst_migrationlistmodel ${CMAKE_CURRENT_LIST_DIR}/tst_migrationlistmodel.cpp)
ectowb_add_test(tst_schematreemodel ${CMAKE_CURRENT_LIST_DIR}/tst_schematreemodel.cpp)
ectowb_add_test(tst_mismatchmodel ${CMAKE_CURRENT_LIST_DIR}/tst_mismatchmodel.cpp)
