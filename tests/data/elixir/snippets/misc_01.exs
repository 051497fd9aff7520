defmodule Blog.Posts do
  import Ecto.Query, warn: false
  alias Blog.{Repo, Post}

  def list_posts(opts \\ []) do
    limit = Keyword.get(opts, :limit, 20)

    Post
    |> where([p], p.published)
    |> order_by([p], desc: p.published_at)
    |> limit(^limit)
    |> Repo.all()
  end

  def get_post!(id), do: Repo.get!(Post, id) |> Repo.preload(:author)
end
