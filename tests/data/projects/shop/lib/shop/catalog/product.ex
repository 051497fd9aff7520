defmodule Shop.Catalog.Product do
  use Shop.Schema
  alias Shop.Catalog.{Category, Variant}

  @schema_prefix "catalog"
  @statuses [:draft, :active, :discontinued]

  schema "products" do
    field :name, :string
    field :sku, :string, source: :SKU
    field :status, Ecto.Enum, values: @statuses, default: :draft
    field :price, Money
    money_field :list_price, default: 0
    field :tags, {:array, :string}, default: []
    field :stock, {:map, :integer}
    field :search_rank, :float, virtual: true
    audit_fields()

    belongs_to :category, Category
    has_many :variants, Variant
    has_many :variant_images, through: [:variants, :images]

    timestamps()
  end

  def changeset(product, attrs) do
    product
    |> cast(attrs, [:name, :sku, :status, :price, :tags])
    |> validate_required([:name, :sku])
  end
end
