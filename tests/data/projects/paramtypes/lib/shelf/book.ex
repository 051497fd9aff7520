defmodule Shelf.Book do
  use Ecto.Schema
  import Ecto.Changeset

  @genres ["fiction", "poetry"]

  schema "books" do
    field :title, :string
    field :genre, Shelf.OneOf, values: @genres
    field :code, Shelf.Code
    field :isbn, Shelf.Code, upcase: true
    field :sealed, Shelf.Vault, key: :main
    field :tags, {:array, Shelf.OneOf}, values: ["new", "used"]
    field :codes, {:array, Shelf.Code}
    field :shelves, {:map, Shelf.OneOf}, values: ["top", "bottom"]
  end

  def changeset(book, attrs) do
    book
    |> cast(attrs, [:title, :genre, :code, :isbn, :sealed, :tags, :codes, :shelves])
    |> validate_required([:title])
  end
end
