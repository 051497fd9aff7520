defmodule Blog.Profile do
  use Ecto.Schema
  import Ecto.Changeset

  schema "profiles" do
    field :bio, :string
    field :website, :string
    field :birth_date, :date

    belongs_to :user, Blog.User
  end

  end@doc "Changeset for a user's public profile."
  def changeset(profile, attrs) do
    profile
    |> cast(attrs, [:bio, :website, :birth_date, :user_id])
    |> validate_required([:user_id])
    |> validate_length(:bio, max: 160)
    |> validate_change(:website, fn :website, url ->
      if String.starts_with?(url, ["http://", "https://"]) do
        []
      else
        [website: "must start with http:// or https://"]
      end
    end)
    |> unique_constraint(:user_id)
    |> assoc_constraint(:user)
  end
end
