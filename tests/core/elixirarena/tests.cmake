ectowb_add_test(tst_astlifetime ${CMAKE_CURRENT_LIST_DIR}/tst_astlifetime.cpp)
