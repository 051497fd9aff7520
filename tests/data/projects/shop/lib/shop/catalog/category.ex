defmodule Shop.Catalog.Category do
  use Shop.Schema

  @schema_prefix "catalog"

  schema "categories" do
    field :name, :string

    belongs_to :parent, __MODULE__
    has_many :children, __MODULE__, foreign_key: :parent_id
    has_many :products, Shop.Catalog.Product, where: [status: :active], preload_order: [asc: :name]

    many_to_many :featured_products, Shop.Catalog.Product,
      join_through: Shop.Catalog.Feature,
      join_keys: [category_id: :id, product_id: :id]

    soft_delete_fields()
  end
end
