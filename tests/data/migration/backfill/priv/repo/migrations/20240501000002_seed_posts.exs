defmodule Backfill.Repo.Migrations.SeedPosts do
  use Ecto.Migration

  # A read whose rows decide what is written next: one post per id, n posts for
  # the author whose id is n. Offline the read sees no rows, so no posts.
  def up do
    repo().insert_all("authors", [%{name: "Ann Lee"}, %{name: "Bob"}])
    %{rows: ids} = repo().query!("SELECT id FROM authors ORDER BY id")

    for [id] <- ids, n <- 1..id do
      repo().insert_all("posts", [%{author_id: id, title: "post #{n}"}])
    end
  end

  def down do
    execute "DELETE FROM posts"
    execute "DELETE FROM authors"
  end
end
