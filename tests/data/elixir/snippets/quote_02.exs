quote do: unquote(x) + 1
quote(do: sum(unquote_splicing(args)))
