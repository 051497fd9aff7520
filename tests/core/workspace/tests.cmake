ectowb_add_test(tst_workspace ${CMAKE_CURRENT_LIST_DIR}/tst_workspace.cpp)
ectowb_add_test(tst_batchreader ${CMAKE_CURRENT_LIST_DIR}/tst_batchreader.cpp)
ectowb_add_test(tst_sampledatabase ${CMAKE_CURRENT_LIST_DIR}/tst_sampledatabase.cpp)
ectowb_add_test(tst_jobqueue ${CMAKE_CURRENT_LIST_DIR}/tst_jobqueue.cpp)
