defmodule Bookshelf.Sales.Shipment do
  use Ecto.Schema

  defmodule Stats do
    @moduledoc false
    use Ecto.Schema

    @primary_key false
    embedded_schema do
      field :views, :integer default: 0
      field :last_viewed_at, :utc_datetime
    end
  end


  schema "shipments" do
    field :price, :decimal
    field :locale, :string
    field :aliases, {:array, Ecto.UUID}
    belongs_to :purchase_order, Bookshelf.Inventory.PurchaseOrder
    field :raw_params, :map, virtual: true
    field :score_cache, :integer, virtual: true
    embeds_one :stats, Stats, on_replace: :update
    timestamps(updated_at: false)
  end
end
