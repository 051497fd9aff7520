receive do
after
  0 -> :empty
end
