ectowb_add_test(tst_statementrunner ${CMAKE_CURRENT_LIST_DIR}/tst_statementrunner.cpp)
ectowb_add_test(tst_queryplan ${CMAKE_CURRENT_LIST_DIR}/tst_queryplan.cpp)
ectowb_add_test(tst_rowwriter ${CMAKE_CURRENT_LIST_DIR}/tst_rowwriter.cpp)
ectowb_add_test(tst_queryhistory ${CMAKE_CURRENT_LIST_DIR}/tst_queryhistory.cpp)
