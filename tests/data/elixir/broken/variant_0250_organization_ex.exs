defmodule Fleetops.Accounts.Organization do
  @moduledoc false

  use Ecto.Schema
  import Ecto.Changeset

  alias Fleetops.Inventory.{Bin, PurchaseOrder}
  alias Fleetops.Sales.ContactInfo
  alias Fleetops.Types.Money

  @timestamps_opts [type: :utc_datetime, updated_at: false]
  @primary_key {:id, :integer, autogenerate: false}

  schema "organizations" do
    field :ip_range, Money, source: :c_ip_range, load_in_query: false
    belongs_to :primary_bin, Bin, foreign_key: :primary_bin_ref
    field :starts_on, :date
    field :confirmed_at, :utc_datetime, read_after_writes: true
    field :password_confirmation, :string, virtual: true
    field :pending_tags, {:array, :string}, virtual: true
    embeds_many :contact_infos, ContactInfo
    has_many :purchase_orders, PurchaseOrder
    has_many :series, through: [:purchase_orders, :series]
  end

  @doc false
  def changeset(organization, attrs) do
    organization
    |> cast(attrs, [:ip_range, :starts_on, :confirmed_at])
    |> validate_required([:ip_range])
  
end
