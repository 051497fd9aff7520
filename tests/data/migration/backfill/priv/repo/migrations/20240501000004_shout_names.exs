defmodule Backfill.Repo.Migrations.ShoutNames do
  use Ecto.Migration

  import Ecto.Query

  alias Backfill.Author

  # Reads through the Repo, each answered from the live rows as Ecto loads them:
  # structs of a schema (a virtual field keeps its default), maps of a schemaless
  # select, one count, a get_by and an exists?. Offline every read is empty, so
  # the migration only reads.
  def up do
    for %Author{id: id, name: name, shouting?: false} <- repo().all(from a in Author, order_by: a.id) do
      repo().update_all(from(a in Author, where: a.id == ^id), set: [name: String.upcase(name)])
    end

    titles =
      repo().all(
        from p in "posts", where: p.author_id == 2, order_by: p.id, select: %{id: p.id, title: p.title}
      )

    for %{id: id, title: title} <- titles do
      repo().update_all(from(p in "posts", where: p.id == ^id), set: [title: title <> "!"])
    end

    count = repo().one(from p in "posts", select: count(p.id))

    case repo().get_by(Author, slug: "bob") do
      %Author{posts_count: 2} = bob ->
        repo().update_all(from(a in Author, where: a.id == ^bob.id), set: [slug: "bob-#{count}"])

      nil ->
        :ok
    end

    if repo().exists?(from a in Author, where: a.posts_count == 1) do
      execute "UPDATE authors SET slug = slug || '-one'"
    end
  end

  def down, do: :ok
end
