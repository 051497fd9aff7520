ectowb_add_test(tst_sampleschemas ${CMAKE_CURRENT_LIST_DIR}/tst_sampleschemas.cpp)
