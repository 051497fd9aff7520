ectowb_add_test(tst_ast ${CMAKE_CURRENT_LIST_DIR}/tst_ast.cpp)
ectowb_add_test(tst_elixirdifferential ${CMAKE_CURRENT_LIST_DIR}/tst_elixirdifferential.cpp)
ectowb_add_test(tst_tokenizer ${CMAKE_CURRENT_LIST_DIR}/tst_tokenizer.cpp)
ectowb_add_test(tst_parser ${CMAKE_CURRENT_LIST_DIR}/tst_parser.cpp)
