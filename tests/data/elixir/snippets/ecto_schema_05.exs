defmodule Blog.Comment do
  use Ecto.Schema

  schema "comments" do
    field :body, :string
    field :approved, :boolean, default: false
    belongs_to :post, Blog.Post
    belongs_to :author, Accounts.User, type: :binary_id, references: :uuid
    timestamps(updated_at: false)
  end
end
