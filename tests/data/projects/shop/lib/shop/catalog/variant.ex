defmodule Shop.Catalog.Variant do
  use Shop.Schema

  schema "variants" do
    field :label, :string

    belongs_to :product, Shop.Catalog.Product
    has_many :images, Shop.Catalog.Image

    embeds_one :dimensions, Shop.Catalog.Dimensions

    embeds_many :options, Option, on_replace: :delete do
      field :name, :string
      field :value, :string
    end
  end
end
