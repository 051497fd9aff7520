defmodule Backfill.Repo.Migrations.BackfillCounts do
  use Ecto.Migration

  import Ecto.Query

  # Offline the first match fails (no rows come back); applied, it reads the
  # live count, then backfills each author from the rows of a second read.
  def up do
    %{rows: [[total]]} = repo().query!("SELECT count(*) FROM posts")

    %{rows: rows} =
      repo().query!("""
      SELECT a.id, a.name, count(p.id) FROM authors AS a
      LEFT JOIN posts AS p ON p.author_id = a.id
      GROUP BY a.id, a.name ORDER BY a.id
      """)

    for [id, name, count] <- rows do
      slug = name |> String.downcase() |> String.replace(" ", "-")
      repo().update_all(from(a in "authors", where: a.id == ^id), set: [posts_count: count, slug: slug])
    end

    execute "UPDATE authors SET name = name || ' (#{total})'"
  end

  def down, do: :ok
end
