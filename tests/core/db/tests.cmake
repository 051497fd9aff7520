ectowb_add_test(tst_databaseurl ${CMAKE_CURRENT_LIST_DIR}/tst_databaseurl.cpp)
ectowb_add_test(tst_connection ${CMAKE_CURRENT_LIST_DIR}/tst_connection.cpp)
ectowb_add_test(tst_introspector ${CMAKE_CURRENT_LIST_DIR}/tst_introspector.cpp)
ectowb_add_test(tst_introspectcommand ${CMAKE_CURRENT_LIST_DIR}/tst_introspectcommand.cpp)
