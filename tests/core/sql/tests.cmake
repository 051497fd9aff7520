ectowb_add_test(tst_sqltokenizer ${CMAKE_CURRENT_LIST_DIR}/tst_sqltokenizer.cpp)
ectowb_add_test(tst_sqlhighlighting ${CMAKE_CURRENT_LIST_DIR}/tst_sqlhighlighting.cpp)
ectowb_add_test(tst_sqlconformance ${CMAKE_CURRENT_LIST_DIR}/tst_sqlconformance.cpp)
ectowb_add_test(tst_sqldiff ${CMAKE_CURRENT_LIST_DIR}/tst_sqldiff.cpp)
