defmacro my_if(cond, do: block) do
  quote do
    case unquote(cond) do
      x when x in [false, nil] -> nil
      _ -> unquote(block)
    end
  end
end
