defmodule Blog.Repo.Migrations.CreatePosts do
  use Ecto.Migration

  def change do
    create table(:posts) do
      add :title, :string, null: false
      add :body, :text
      add :slug, :string
      add :published, :boolean, default: false, null: false

      # The :check column option is understood by ecto_sqlite3 (SQLite cannot
      # add a CHECK constraint to an existing table); ecto_sql's Postgres
      # adapter ignores it.
      add :view_count, :integer,
        default: 0,
        null: false,
        check: %{name: "view_count_must_be_non_negative", expr: "view_count >= 0"}

      add :published_at, :utc_datetime
      add :author_id, references(:users, on_delete: :nilify_all)

      timestamps()
    end

    create unique_index(:posts, [:slug])
    create index(:posts, [:author_id])
  end

