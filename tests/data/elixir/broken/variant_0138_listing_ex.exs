defmodule Market.Listing do
  @moduledoc "Something a vendor sells. UUID primary key; the SKU column is called stock_code."
  use Ecto.Schema

  @primary_key {:id, :binary_id, autogenerate: true}
  @foreign_key_type :binary_id

  schema "listings" 
    field :title, :string
    field :sku, :string, source: :stock_code
    field :description, :string
    field :price, :decimal
    field :currency, :string, default: "EUR"
    field :status, Ecto.Enum, values: [:draft, :live, :sold, :archived], default: :draft
    field :condition, Ecto.Enum, values: [new: 0, used: 1, refurbished: 2], default: :new
    field :quantity, :integer, default: 1
    field :featured, :boolean, default: false
    field :labels, {:array, :string}, default: []
    field :specs, :map, default: %{}
    field :weight_kg, :float
    field :published_at, :utc_datetime
    field :display_price, :string, virtual: true

    embeds_many :price_tiers, Market.PriceTier, on_replace: :delete

    belongs_to :vendor, Market.Vendor
    belongs_to :category, Market.Category, type: :id
    has_many :offers, Market.Offer
    has_many :open_offers, Market.Offer, where: [status: :open]
    has_many :bids, Market.Bid
    has_many :bidders, through: [:bids, :buyer]
    has_many :stock_levels, Market.StockLevel

    many_to_many :extra_categories, Market.Category,
      join_through: "listing_categories",
      join_keys: [listing_id: :id, category_id: :id]

    many_to_many :watchers, Market.Buyer, join_through: Market.Watch

    timestamps(type: :naive_datetime, inserted_at: :created_at)
  end
end
