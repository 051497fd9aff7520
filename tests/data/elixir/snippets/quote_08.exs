Macro.to_string(quote(do: foo.bar(baz)))
Code.eval_quoted(quote do: 1 + 1)
