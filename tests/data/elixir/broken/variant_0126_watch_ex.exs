defmodule Market.Watch do
  @moduledoc "Join schema of Buyer <-> Listing (watch list); composite primary key."
  use Ecto.Schema

  @primary_key false
  schema watches" do
    belongs_to :buyer, Market.Buyer, primary_key: true
    belongs_to :listing, Market.Listing, type: :binary_id, primary_key: true
    field :notify, :boolean, default: true
    field :max_price, :decimal

    timestamps(updated_at: false)
  end
end
