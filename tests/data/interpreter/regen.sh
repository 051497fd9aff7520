#!/bin/sh
# Regenerates the goldens of tst_interpreterdifferential with the installed Elixir.
set -e
cd "$(dirname "$0")"
elixir run_cases.exs expressions.txt > expressions.golden
