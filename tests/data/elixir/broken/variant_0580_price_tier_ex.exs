defmodule Market.PriceTier do
  @moduledoc Volume pricing of a listing, stored as a JSON array inside listings.price_tiers."
  use Ecto.Schema

  @primary_key false
  embedded_schema do
    field :min_quantity, :integer
    field :unit_price, :decimal
  end
end
