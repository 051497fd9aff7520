ectowb_add_test(tst_mainwindow ${CMAKE_CURRENT_LIST_DIR}/tst_mainwindow.cpp WIDGETS)
ectowb_add_test(tst_codehighlighter ${CMAKE_CURRENT_LIST_DIR}/tst_codehighlighter.cpp WIDGETS)
ectowb_add_test(tst_guicommandline ${CMAKE_CURRENT_LIST_DIR}/tst_guicommandline.cpp WIDGETS)

# Checks the .ts files against what lupdate finds in the sources today.
ectowb_add_test(tst_translations ${CMAKE_CURRENT_LIST_DIR}/tst_translations.cpp)
target_compile_definitions(tst_translations PRIVATE ECTOWB_LUPDATE="$<TARGET_FILE:Qt6::lupdate>")
ectowb_add_test(tst_migrationtimeline ${CMAKE_CURRENT_LIST_DIR}/tst_migrationtimeline.cpp WIDGETS)
ectowb_add_test(tst_schemabrowser ${CMAKE_CURRENT_LIST_DIR}/tst_schemabrowser.cpp WIDGETS)
ectowb_add_test(tst_querycomposer ${CMAKE_CURRENT_LIST_DIR}/tst_querycomposer.cpp WIDGETS)
ectowb_add_test(tst_changesetpreview ${CMAKE_CURRENT_LIST_DIR}/tst_changesetpreview.cpp WIDGETS)
ectowb_add_test(tst_resultgridview ${CMAKE_CURRENT_LIST_DIR}/tst_resultgridview.cpp WIDGETS)
ectowb_add_test(tst_planview ${CMAKE_CURRENT_LIST_DIR}/tst_planview.cpp WIDGETS)
ectowb_add_test(tst_connectiondialog ${CMAKE_CURRENT_LIST_DIR}/tst_connectiondialog.cpp WIDGETS)
