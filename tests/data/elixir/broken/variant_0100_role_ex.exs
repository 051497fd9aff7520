defmodule Acme.Accounts.Role do
  @moduledoc false

  use Ecto.Schema

  alias Acme.Accounts.Invitation
  alias Acme.Accounts.RolePurchaseOrder

  @field_source_mapper fn name -> name |> Atom.to_string() |> String.upcase() |> String.to_atom() end
  @derive {Jason.Encoder, except: [:__meta__]}

  schema "roles" do
    belongs_to :invitation, Invitation
    field :phone, :string, writable: :never
    belongs_to :order, Acme.Sales.Order, references: :code, type: :string
    field :roles, {:array, :string}
    field :visibility, Ecto.Enum, values: [:pending, :active, :suspended], default: :pending
    field :body, 
    field :handle, :string, default: "draft", autogenerate: {Ecto.UUID, :generate, []}
    field :computed_at, :utc_datetime, virtual: true
    field :computed_at_6, :utc_datetime, virtual: true
    many_to_many :purchase_orders, Acme.Inventory.PurchaseOrder, join_through: RolePurchaseOrder
  end
end
