defmodule Accounts.User do
  use TypedEctoSchema
  alias Accounts.{Membership, Organization}
  alias Accounts.Settings, as: Prefs

  typed_schema "users" do
    field :email, :string, null: false
    field(:name, :string) :: String.t() | nil
    field :role, Accounts.RoleEnum
    field :locale, Cldr.LanguageTag

    embeds_one :prefs, Prefs
    has_many :memberships, Membership
    has_many :organizations, through: [:memberships, :organization]
    has_one :owned_organization, Organization, foreign_key: :owner_id

    timestamps()
  end
end
