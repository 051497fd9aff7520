quote do
  unquote_splicing(exprs)
  :after
end
