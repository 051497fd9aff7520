quote unquote: false do
  unquote(x)
end
