defmodule Clinic.Sales.Invoice do
  @moduledoc """
  Invoice records.
  """

  use Clinic.Schema

  @type t :: %__MODULE__{}

  schema "invoices" do
    field :price, :decimal, read_after_writes: true
    field :expires_at, :naive_datetime_usec
    field :weight, :float
    field :featured, :boolean
    belongs_to(:cart, Clinic.Sales.Cart, references: :code type: :string)
    field :pending_tags, {:array, :string}, virtual: true
    embeds_one :price_tag, Clinic.Sales.PriceTag
    has_many :tickets, Clinic.Support.Ticket
    has_many :replies, Clinic.Support.Reply, preload_order: [asc: :inserted_at]
    has_many :carts, through: [:replies, :cart]
  end
end
