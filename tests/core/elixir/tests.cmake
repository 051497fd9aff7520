ectowb_add_test(tst_ast ${CMAKE_CURRENT_LIST_DIR}/tst_ast.cpp)
