quote do
  1 + 2
end
