defmodule Blog.Posts do
  @moduledoc """
  The Posts context: the queries the blog runs, composed from small filter
  functions as the Ecto guides suggest. A plain module, not a schema.
  """

  import Ecto.Query, warn: false

  alias Blog.{Comment, Post, Repo}

  @default_limit 20
  @orders [:newest, :popular, :title]

  @doc "Lists posts, filtered and ordered by `opts` (see `posts_query/1`)."
  def list_posts(opts \\ []) do
    opts
    |> posts_query()
    |> Repo.all()
  end

  @doc """
  The query behind `list_posts/1`. Options: `published: boolean`,
  `author_id: id`, `tag: slug`, `search: text`, `since: datetime`,
  `min_views: integer`, `order: :newest | :popular | :title` and `limit: n`.
  Unknown options are ignored.
  """
  def posts_query(opts \\ []) do
    order = Keyword.get(opts, :order, :newest)
    limit = Keyword.get(opts, :limit, @default_limit)

    from(p in Post, as: :post)
    |> filter_posts(Keyword.drop(opts, [:order, :limit]))
    |> order_posts(order)
    |> limit(^limit)
  end

  def get_post!(id), do: Repo.get!(Post, id)

  def get_post_by_slug(slug) when is_binary(slug) do
    Post
    |> where([p], p.slug == ^String.downcase(slug))
    |> preload([:author, :tags])
    |> Repo.one()
  end

  @doc "Posts with at least `min` comments, most commented first."
  def comment_counts(min \\ 1) do
    from p in Post,
      left_join: c in assoc(p, :comments),
      group_by: p.id,
      having: count(c.id) >= ^min,
      order_by: [desc: count(c.id)],
      select: %{post_id: p.id, comments: count(c.id)}
  end

  @doc """
  The search form's params (string keys, as a controller gets them) as one
  dynamic condition.
  """
  def search_filter(params) do
    Enum.reduce(params, dynamic(true), fn
      {"author_id", id}, acc when id not in [nil, ""] ->
        dynamic([post: p], ^acc and p.author_id == ^id)

      {"published", "true"}, acc ->
        dynamic([post: p], ^acc and p.published)

      {"q", text}, acc when byte_size(text) > 0 ->
        pattern = "%#{text}%"
        dynamic([post: p], ^acc and (like(p.title, ^pattern) or like(p.body, ^pattern)))

      _other, acc ->
        acc
    end)
  end

  def search(params) do
    from p in Post,
      as: :post,
      where: ^search_filter(params),
      order_by: [desc: p.inserted_at]
  end

  def unpublish_author(author_id) do
    from(p in Post, where: p.author_id == ^author_id)
    |> Repo.update_all(set: [published: false])
  end

  def delete_rejected_comments(post_id) do
    Comment
    |> where([c], c.post_id == ^post_id and not c.is_approved)
    |> Repo.delete_all()
  end

  defp filter_posts(query, opts), do: Enum.reduce(opts, query, &filter/2)

  defp filter({:published, published}, query) when is_boolean(published),
    do: where(query, [post: p], p.published == ^published)

  defp filter({:author_id, id}, query), do: where(query, [post: p], p.author_id == ^id)

  defp filter({:tag, slug}, query) do
    query
    |> join(:inner, [post: p], t in assoc(p, :tags), as: :tag)
    |> where([tag: t], t.slug == ^slug)
  end

  defp filter({:search, text}, query) do
    pattern = "%" <> text <> "%"
    where(query, [post: p], like(p.title, ^pattern) or like(p.body, ^pattern))
  end

  defp filter({:since, datetime}, query), do: where(query, [post: p], p.published_at >= ^datetime)

  defp filter({:min_views, n}, query), do: where(query, [post: p], p.view_count >= ^n)

  defp filter(_unknown, query), do: query

  defp order_posts(query, order) when order not in @orders, do: order_posts(query, :newest)
  defp order_posts(query, :newest), do: order_by(query, [post: p], desc: p.inserted_at, desc: p.id)
  defp order_posts(query, :popular), do: order_by(query, [post: p], desc: p.view_count)
  defp order_posts(query, :title), do: order_by(query, [post: p], asc: p.title)
end
