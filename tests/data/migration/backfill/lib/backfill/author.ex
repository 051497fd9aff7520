defmodule Backfill.Author do
  use Ecto.Schema

  schema "authors" do
    field :name, :string
    field :posts_count, :integer
    field :slug, :string
    field :shouting?, :boolean, virtual: true, default: false
  end
end
