defmodule MySigils do
  def sigil_x(string, []), do: String.reverse(string)
  def sigil_x(string, [?u]), do: string |> String.reverse() |> String.upcase()
end
