defmodule Shop.Catalog.Feature do
  use Shop.Schema

  @primary_key false
  schema "category_features" do
    belongs_to :category, Shop.Catalog.Category, primary_key: true
    belongs_to :product, Shop.Catalog.Product, primary_key: true
    field :rank, :integer
  end
end
