defmodule Accounts.Membership do
  use Ecto.Schema

  @primary_key false
  schema "memberships" do
    belongs_to :user, Accounts.User, primary_key: true
    belongs_to :organization, Accounts.Organization, primary_key: true
    field :role, Accounts.RoleEnum
    timestamps(inserted_at: :joined_at, updated_at: false, type: :utc_datetime)
  end
end
