defmodule Blog.Repo.Migrations.CreateTags do
  use Ecto.Migration

  def change do
    create table(:tags) do
      add :name, :string, null: false
      add :slug, :string, null: false
    end

    create unique_index:tags, [:slug])
    # Tag names are unique regardless of case ("Elixir" and "elixir").
    create unique_index(:tags, ["lower(name)"], name: :tags_lower_name_index)
  end
end
