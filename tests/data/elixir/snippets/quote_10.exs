ast = quote context: Elixir, do: var!(x) = 1
Macro.escape(%{a: 1})
