#!/bin/sh
# Regenerates every golden quoted form with Elixir itself (one elixir process):
#   snippets/X.exs          -> snippets/X.quoted
#   resources/sample/blog/P -> sample/P.quoted
#   broken/X.exs            -> broken/X.error (LINE:COLUMN of Elixir's syntax error)
#   broken/variants.tsv row -> broken/X.error (the variant is written to a temporary
#                              folder from its base first, as the test does)
# Run it after adding or editing a snippet; commit the .quoted files with it.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
sample="$root/resources/sample/blog"
conformance="${ECTOWB_SHARED_DIR:-$root/../shared}/conformance"

variants=$(mktemp -d)
trap 'rm -rf "$variants"' EXIT
# Each row: variant, base (sample:PATH or conformance:PATH), line, broken, original.
# A base whose line is no longer the recorded original stops the run.
awk -F '\t' -v sample="$sample" -v conformance="$conformance" -v out="$variants" '
  /^#/ || NF == 0 { next }
  NF != 5 { printf "variants.tsv:%d: %d fields, 5 expected\n", NR, NF > "/dev/stderr"; bad = 1; exit 1 }
  {
    base = $2
    if (sub(/^sample:/, "", base)) base = sample "/" base
    else if (sub(/^conformance:/, "", base)) base = conformance "/" base
    else { printf "variants.tsv:%d: unknown base %s\n", NR, $2 > "/dev/stderr"; bad = 1; exit 1 }
    n = 0; found = 0
    while ((status = getline text < base) > 0) {
      if (++n == $3) {
        if (text != $5) {
          printf "variants.tsv:%d: %s line %d is now \"%s\", not \"%s\"\n", NR, base, n, text, $5 > "/dev/stderr"
          bad = 1; exit 1
        }
        text = $4; found = 1
      }
      print text > (out "/" $1)
    }
    close(base); close(out "/" $1)
    if (status < 0 || !found) {
      printf "variants.tsv:%d: %s has no line %d\n", NR, base, $3 > "/dev/stderr"; bad = 1; exit 1
    }
  }
  END { exit bad }
' "$here/broken/variants.tsv"

set --
for f in "$here"/snippets/*.exs; do
  set -- "$@" "$f" "${f%.exs}.quoted"
done
for f in "$here"/broken/*.exs; do
  set -- "$@" "$f" "${f%.exs}.error"
done
for name in $(grep -v '^#' "$here/broken/variants.tsv" | cut -f1); do
  set -- "$@" "$variants/$name" "$here/broken/${name%.exs}.error"
done
# Sample files, hidden ones (.formatter.exs) included.
for f in $(cd "$sample" && find . -type f \( -name '*.ex' -o -name '*.exs' \) | sed 's|^\./||' | sort); do
  set -- "$@" "$sample/$f" "$here/sample/$f.quoted"
done
"${ELIXIR:-elixir}" "$here/quoted_batch.exs" --write "$@"
