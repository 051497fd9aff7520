ectowb_add_test(tst_queryconformance ${CMAKE_CURRENT_LIST_DIR}/tst_queryconformance.cpp)
ectowb_add_test(tst_querycomposer ${CMAKE_CURRENT_LIST_DIR}/tst_querycomposer.cpp)
ectowb_add_test(tst_querygolden ${CMAKE_CURRENT_LIST_DIR}/tst_querygolden.cpp)
ectowb_add_test(tst_querycli ${CMAKE_CURRENT_LIST_DIR}/tst_querycli.cpp)
