for {name, value} <- @constants do
  def unquote(name)(), do: unquote(value)
end
