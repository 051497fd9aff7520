def render(assigns) do
  ~H"""
  <.header>
    Listing Posts
    <:actions>
      <.link patch={~p"/posts/new"}>New Post</.link>
    </:actions>
  </.header>
  """
end
