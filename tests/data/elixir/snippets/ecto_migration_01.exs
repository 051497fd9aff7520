defmodule Blog.Repo.Migrations.CreatePosts do
  use Ecto.Migration

  def change do
    create table(:posts) do
      add :title, :string, null: false
      add :body, :text
      add :author_id, references(:users, on_delete: :delete_all)
      timestamps()
    end

    create index(:posts, [:author_id])
    create unique_index(:posts, [:slug])
  end
end
