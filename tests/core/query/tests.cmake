ectowb_add_test(tst_pipeline ${CMAKE_CURRENT_LIST_DIR}/tst_pipeline.cpp)
