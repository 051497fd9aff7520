#!/bin/sh
# Rewrites reference/*.txt from the current query core. Review the diff before committing.
set -e
cd "$(dirname "$0")/../../.."
cmake --build build/ci -j2 --target tst_querygolden
ECTOWB_REGENERATE_GOLDEN=1 build/ci/tests/tst_querygolden
