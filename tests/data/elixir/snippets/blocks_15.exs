def safe_div(a, b) do
  a / b
rescue
  ArithmeticError -> :infinity
end
