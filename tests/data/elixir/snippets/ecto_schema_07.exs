defmodule Blog.PostTag do
  use Ecto.Schema

  @primary_key false
  schema "posts_tags" do
    belongs_to :post, Blog.Post, primary_key: true
    belongs_to :tag, Blog.Tag, primary_key: true
  end
end
