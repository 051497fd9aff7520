defmodule Accounts.Organization do
  use Ecto.Schema
  alias __MODULE__.Address

  @schema_prefix "tenants"
  @primary_key {:slug, :string, autogenerate: false}

  schema "organizations" do
    field :name, :string
    belongs_to :owner, Accounts.User
    has_many :memberships, Accounts.Membership, references: :slug
    many_to_many :users, Accounts.User,
      join_through: "memberships",
      join_keys: [organization_slug: :slug, user_id: :id]
    embeds_one :address, Address
  end
end
