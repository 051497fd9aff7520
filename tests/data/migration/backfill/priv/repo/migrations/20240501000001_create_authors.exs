defmodule Backfill.Repo.Migrations.CreateAuthors do
  use Ecto.Migration

  def change do
    create table(:authors) do
      add :name, :string
      add :posts_count, :integer
      add :slug, :string
    end

    create table(:posts) do
      add :author_id, references(:authors)
      add :title, :string
    end
  end
end
