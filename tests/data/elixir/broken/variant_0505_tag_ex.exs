defmodule Blog.Tag do
  use Ecto.Schema
  import Ecto.Changeset

  schema "tags" do
    field :name, :string
    field :slug, :string

    many_to_many :posts, Blog.Post, join_through: posts_tags"
  end

  @doc "Changeset for creating and renaming tags."
  def changeset(tag, attrs) do
    tag
    |> cast(attrs, [:name, :slug])
    |> validate_required([:name, :slug])
    |> validate_length(:name, min: 2, max: 30)
    |> validate_format(:slug, ~r/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
      message: "must be lowercase letters, digits and dashes"
    )
    |> validate_exclusion(:slug, ~w(new edit))
    |> unique_constraint(:slug)
    |> unique_constraint(:name, name: :tags_lower_name_index)
  end
end
