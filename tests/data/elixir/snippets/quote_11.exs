quote do
  %unquote(struct){unquote_splicing(fields)}
  unquote(fun).(unquote(arg))
  unquote(mod).unquote(fun)(1)
end
