#!/usr/bin/env elixir
# shebang-like first line is just a comment
IO.puts("script")
