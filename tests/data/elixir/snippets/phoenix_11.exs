defmodule BlogWeb.PostJSON do
  alias Blog.Post

  def index(%{posts: posts}), do: %{data: for(post <- posts, do: data(post))}
  def show(%{post: post}), do: %{data: data(post)}

  defp data(%Post{} = post) do
    %{id: post.id, title: post.title, published: post.published}
  end
end
