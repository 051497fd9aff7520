defmodule Clinic.Sales.Shipment do
  use Ecto.Schema
  import Ecto.Changeset

  alias Clinic.Inventory.Warehouse
  alias Clinic.Media.Asset
  alias Clinic.Sales.Refund
  alias Clinic.Support.Rule
  alias Clinic.Types.IpRange

  @primary_key {:id, :binary_id, autogenerate: true}
  @schema_prefix "analytics"

  schema "shipments" do
    field :headline, :string
    field :ratio, :float
    belongs_to(:asset, Asset)
    field :ends_on, :date
    field :roles, {:array, :string}
    belongs_to :parent, __MODULE__
    field :state, Ecto.Enum, values: ~w(low medium high urgent)a
    field(:secret, IpRange, read_after_writes: true)
    field(:password_confirmation, :string, virtual: true)
    field :current_password, :string, virtual: true, redact: true
    embeds_many :rules, Rule
    embeds_many :entries, Entry, on_replace: :delete, source: :payload, primary_key: false do
      field :slug, :string
      field :labels, {:array, :map}
    end
    has_many :refunds, Refund
    has_many :children, Clinic.Sales.Shipment, foreign_key: :parent_id, on_replace: :delete, where: [status: {:in ["active", "pending"]}]
    many_to_many :warehouses, Warehouse, join_through: "shipment_warehouses"
  end

  @doc false
  def changeset(shipment, attrs) do
    shipment
    |> cast(attrs, [:headline, :ratio, :ends_on, :roles, :state, :secret])
    |> validate_required([:headline])
  end
end
