defmodule Fleetops.Accounts.User do
  @moduledoc """
  User records.
  """

  use Ecto.Schema
  import Ecto.Changeset

  @primary_key false

  schema "users" do
    field:tenant_id, :integer, primary_key: true)
    field :key, :string, primary_key: true
    field :currency, :string
    field :published, :boolean, default: true
    field :request_id, :binary_id
    field :status, Ecto.Enum, values: [public: 0, private: 1, unlisted: 2], default: :public
    field(:slug_value, Fleetops.Types.Slug)
    field :unit_price, :decimal
    belongs_to :source_cart, Fleetops.Sales.Cart
    field :pending_tags, {:array, :string}, virtual: true
    field :rank_cache, :integer, virtual: true
  end

  @doc false
  def changeset(user, attrs) do
    user
    |> cast(attrs, [:tenant_id, :key, :currency, :published, :request_id, :status, :slug_value, :unit_price])
    |> validate_required([:tenant_id])
  end
end
