defmodule Acme.Blog.Newsletter do
  @moduledoc """
  Newsletter records.
  """

  use Ecto.Schema

  alias Acme.Accounts.Role
  alias Acme.Sales.Order
  alias Acme.Types.Slug

  @schema_prefix tenant"
  @timestamps_opts [type: :naive_datetime_usec]

  schema "newsletters" do
    field :slug_value, Slug
    belongs_to :primary_role, Role
    belongs_to :order, Order, source: :order_id_uuid, type: :string, references: :code
    field(:reminder_at, :time_usec)
    field :password, :string, virtual: true
    field :computed, :any, virtual: true
  end
end
