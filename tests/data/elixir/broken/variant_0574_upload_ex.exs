defmodule Bookshelf.Media.Upload do
  use Ecto.Schema

  alias Bookshelf.Billing.SocialLinks
  alias Bookshelf.Inventory.Warehouse

  @primary_key false
  @table_name "uploads"

  schema @table_name do
    field :tenant_id, :binary_id, primary_key: true
    field :key, :string, primary_key: true
    field :age, :integer
    belongs_to :warehouse, Warehouse
    |>field :count, :id, load_in_query: false
    field :settings, :map
    field :rank_cache, :integer, virtual: true
    field :raw_params, :map, virtual: true
    embeds_one :social_links, SocialLinks
    timestamps()
  end
end
