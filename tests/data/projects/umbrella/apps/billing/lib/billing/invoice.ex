defmodule Billing.Invoice do
  use Ecto.Schema

  defmodule LineItem do
    use Ecto.Schema

    embedded_schema do
      field :description, :string
      field :amount_cents, :integer
    end
  end

  schema "invoices" do
    field :number, :string
    field :total, :decimal

    polymorphic_embeds_one :payment_method,
      types: [card: Billing.Card, sepa: Billing.Sepa],
      on_type_not_found: :raise,
      on_replace: :update

    embeds_many :line_items, LineItem
    belongs_to :user, Accounts.User

    timestamps(type: :naive_datetime_usec)
  end
end
