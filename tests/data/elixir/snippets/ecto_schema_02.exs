defmodule Shop.Product do
  use Ecto.Schema

  @primary_key {:id, :binary_id, autogenerate: true}
  @foreign_key_type :binary_id
  schema "products" do
    field :sku, :string
    field :price, :decimal, precision: 10, scale: 2
    field :stock, :integer, default: 0
    field :status, Ecto.Enum, values: [:draft, :active, :archived]
    belongs_to :category, Shop.Category
    timestamps(type: :utc_datetime)
  end
end
