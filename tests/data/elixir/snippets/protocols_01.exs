defprotocol Blog.Sluggable do
  @fallback_to_any true
  @spec slug(t) :: String.t()
  def slug(value)
end
