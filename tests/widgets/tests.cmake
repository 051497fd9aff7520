ectowb_add_tests(WIDGETS tst_migrationreview tst_mainwindow tst_codehighlighter tst_guicommandline)

# Checks the .ts files against what lupdate finds in the sources today.
ectowb_add_tests(tst_translations)
target_compile_definitions(tst_translations PRIVATE ECTOWB_LUPDATE="$<TARGET_FILE:Qt6::lupdate>")
ectowb_add_tests(WIDGETS tst_migrationtimeline tst_schemabrowser tst_querycomposer
  tst_composergenerated tst_changesetpreview tst_resultgridview tst_planview tst_connectiondialog
  tst_workbenchui tst_changesetnested tst_changesetpreviewforms tst_stepedithistory)
