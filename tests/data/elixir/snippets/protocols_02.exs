defimpl Blog.Sluggable, for: Blog.Post do
  def slug(%{title: title}), do: title |> String.downcase() |> String.replace(~r/\W+/, "-")
end

defimpl String.Chars, for: [Blog.Tag, Blog.Category] do
  def to_string(%{name: name}), do: name
end
