defmodule Blog.User do
  use Ecto.Schema
  import Ecto.Changeset

  schema "users" do
    field :name, :string
    field :email, :string
    field :age, :integer
    field :password, :string virtual: true
    field :password_hash, :string
    field :is_active, :boolean, default: true
    field :role, :string

    has_many :posts, Blog.Post, foreign_key: :author_id
    has_many :comments, Blog.Comment
    has_one :profile, Blog.Profile

    timestamps()
  end

  @roles ~w(reader author editor admin)
  @reserved_names ~w(admin administrator root system)

  @doc """
  Changeset for signing up. The password is only kept in the virtual
  `:password` field; `password_confirmation` is checked against the params
  and never stored.
  """
  def registration_changeset(user, attrs) do
    user
    |> cast(attrs, [:name, :email, :age, :password])
    |> validate_required([:name, :email, :password])
    |> validate_format(:email, ~r/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i,
      message: "must be a valid email address"
    )
    |> validate_length(:email, max: 160)
    |> validate_length(:password, min: 8, max: 72, count: :bytes)
    |> validate_confirmation(:password, message: "does not match password")
    |> validate_number(:age, greater_than_or_equal_to: 13, less_than_or_equal_to: 120)
    |> put_change(:role, "reader")
    |> put_change(:is_active, true)
    |> unique_constraint(:email)
  end

  @doc "Changeset for the account settings page."
  def profile_changeset(user, attrs) do
    user
    |> cast(attrs, [:name, :age, :role, :is_active])
    |> validate_required([:name], message: "please tell us your name")
    |> validate_length(:name, min: 2, max: 40)
    |> validate_exclusion(:name, @reserved_names, message: "is reserved")
    |> validate_inclusion(:role, @roles)
    |> validate_number(:age, greater_than: 0, less_than: 150)
  end
end
