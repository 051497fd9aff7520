#!/usr/bin/env bash
# Sets up a Debian 12 machine for Ecto Workbench, builds it, and then either opens the
# GUI on the bundled sample (`run`) or runs every test (`test`). Re-running is fast:
# packages already installed are not touched, and the build is incremental.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
mode=${1:-run}
shift || true

# What building and running needs, and what the tests add (Elixir is the reader's
# oracle, PostgreSQL the second database, clang/libFuzzer the fuzzers, Xvfb the GUI tests).
run_pkgs=(cmake ninja-build g++ qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql
          qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
          qt6-svg-dev libsqlite3-dev qtkeychain-qt6-dev)
test_pkgs=(elixir postgresql postgresql-common xvfb xauth clang libfuzzer-14-dev)

case "$mode" in
  run) pkgs=("${run_pkgs[@]}"); preset=dev ;;
  test) pkgs=("${run_pkgs[@]}" "${test_pkgs[@]}"); preset=ci ;;
  *) echo "usage: tools/setup.sh run|test" >&2; exit 2 ;;
esac

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""; [[ $(id -u) -eq 0 ]] || sudo=sudo
  echo "Installing from Debian: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Two cores: build with both, but never more (the machines have no more to give).
jobs=$(nproc); ((jobs > 2)) && jobs=2
[[ -f build/$preset/build.ninja ]] || cmake --preset "$preset"
cmake --build --preset "$preset" -j "$jobs"

case "$mode" in
  run)
    exec "build/$preset/app/gui/ecto-workbench" "$@"
    ;;
  test)
    # pg_virtualenv starts a throwaway PostgreSQL and exports PGHOST and friends for
    # the database tests; it is removed when ctest ends.
    cd "build/$preset"
    exec pg_virtualenv ctest --output-on-failure -j "$jobs" "$@"
    ;;
esac
