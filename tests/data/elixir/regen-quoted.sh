#!/bin/sh
# Regenerates every golden quoted form with Elixir itself (one elixir process):
#   snippets/X.exs          -> snippets/X.quoted
#   resources/sample/blog/P -> sample/P.quoted
#   broken/X.exs            -> broken/X.error (LINE:COLUMN of Elixir's syntax error)
# Run it after adding or editing a snippet; commit the .quoted files with it.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
sample="$root/resources/sample/blog"

set --
for f in "$here"/snippets/*.exs; do
  set -- "$@" "$f" "${f%.exs}.quoted"
done
for f in "$here"/broken/*.exs; do
  set -- "$@" "$f" "${f%.exs}.error"
done
# Sample files, hidden ones (.formatter.exs) included.
for f in $(cd "$sample" && find . -type f \( -name '*.ex' -o -name '*.exs' \) | sed 's|^\./||' | sort); do
  set -- "$@" "$sample/$f" "$here/sample/$f.quoted"
done
exec "${ELIXIR:-elixir}" "$here/quoted_batch.exs" --write "$@"
