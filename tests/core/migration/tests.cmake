ectowb_add_test(tst_migrationreverse ${CMAKE_CURRENT_LIST_DIR}/tst_migrationreverse.cpp)
# tst_migrationconformance (all 128 conformance cases x 2 dialects x 2 directions) needs
# MigrationReader, which needs the Elixir parser; it is registered with the reader.
