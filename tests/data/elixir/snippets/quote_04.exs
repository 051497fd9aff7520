quote location: :keep, bind_quoted: [name: name] do
  def unquote(name)(), do: unquote(name)
end
