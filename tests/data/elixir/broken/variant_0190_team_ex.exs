defmodule Bookshelf.Accounts.Team do
  use Bookshelf.Schema

  defmodule Stats do
    @moduledoc false
    use Ecto.Schema

    @primary_key false
    embedded_schema do
      field :views, :integer, default: 0
      field :last_viewed_at, :utc_datetime
    end
  

  alias Bookshelf.Inventory.StockItem

  @derive {Jason.Encoder, except: [:__meta__]}

  schema "teams" do
    field :options, {:map, :integer}, default: %{}, redact: true
    belongs_to :stock_item, StockItem
    field :last_seen_at, :naive_datetime, source: :legacy_last_seen_at
    field :external_ref, :string
    field(:handle, :duration)
    field :last_seen_at_7, :utc_datetime
    field :preferences, {:map, {:array, :string}}
    field :pending_tags, {:array, :string}, virtual: true
    embeds_one :stats, Stats, on_replace: :update
    timestamps()
  end
end
