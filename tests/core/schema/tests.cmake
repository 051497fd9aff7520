ectowb_add_test(tst_sampleschemas ${CMAKE_CURRENT_LIST_DIR}/tst_sampleschemas.cpp)
ectowb_add_test(tst_fixtureprojects ${CMAKE_CURRENT_LIST_DIR}/tst_fixtureprojects.cpp)
ectowb_add_test(tst_schemacomparison ${CMAKE_CURRENT_LIST_DIR}/tst_schemacomparison.cpp)
ectowb_add_test(tst_diagramlayout ${CMAKE_CURRENT_LIST_DIR}/tst_diagramlayout.cpp)
