#!/bin/sh
# Regenerates the expected quoted forms in cases.txt with the installed Elixir.
# Each case is "==== case\n<source>\n==== expect\n<inspect output>\n".
set -e
cd "$(dirname "$0")"
elixir -e '
text = File.read!("cases.txt")
cases = String.split(text, "==== case\n", trim: true)
out = for c <- cases do
  [src, _old] = String.split(c, "\n==== expect\n")
  {:ok, ast} = Code.string_to_quoted(src)
  stripped = Macro.prewalk(ast, fn {f, _, a} -> {f, [], a}; x -> x end)
  "==== case\n" <> src <> "\n==== expect\n" <>
    inspect(stripped, limit: :infinity, printable_limit: :infinity, charlists: :as_lists) <> "\n"
end
File.write!("cases.txt", out)
'
