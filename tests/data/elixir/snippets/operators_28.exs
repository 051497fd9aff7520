defmodule Ops do
  def unquote(:+)(a, b), do: {a, b}
  def a +++ b, do: a ++ b
  def a <~> b, do: {a, b}
end
