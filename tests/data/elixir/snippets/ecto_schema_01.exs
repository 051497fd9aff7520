defmodule Blog.Tag do
  use Ecto.Schema

  schema "tags" do
    field :name, :string
    many_to_many :posts, Blog.Post, join_through: "posts_tags"
    timestamps()
  end
end
