ectowb_add_test(tst_result ${CMAKE_CURRENT_LIST_DIR}/tst_result.cpp)
ectowb_add_test(tst_biginteger ${CMAKE_CURRENT_LIST_DIR}/tst_biginteger.cpp)
ectowb_add_test(tst_decimaltext ${CMAKE_CURRENT_LIST_DIR}/tst_decimaltext.cpp)
