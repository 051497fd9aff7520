defmodule Steps.Account do
  @moduledoc """
  Changeset functions written every way the preview must read: qualified and
  aliased Ecto.Changeset calls, module attributes as arguments, private helpers
  and custom validators in pure Elixir, and steps that cannot be evaluated
  (a Repo call, I/O, a module the project does not have).
  """
  use Ecto.Schema
  alias Ecto.Changeset

  @min_name 2
  @codes ~w(alpha beta)

  schema "accounts" do
    field :name, :string
    field :email, :string
    field :slug, :string
    field :code, :string
    field :plan, Ecto.Enum, values: [:free, :pro]
    field :score, :integer
    field :nickname, :string

    timestamps(type: :utc_datetime)
  end

  def changeset(account, attrs) do
    account
    |> Ecto.Changeset.cast(attrs, [:name, :email, :code, :plan, :score])
    |> Changeset.validate_required([:name])
    |> Changeset.validate_length(:name, min: @min_name)
    |> Ecto.Changeset.validate_inclusion(:code, @codes)
    |> put_slug()
    |> Changeset.validate_change(:email, fn :email, email ->
      if String.contains?(email, "@"), do: [], else: [email: "needs an @"]
    end)
    |> Changeset.unique_constraint(:email)
  end

  def external_changeset(account, attrs) do
    account
    |> Changeset.cast(attrs, [:name, :email, :nickname])
    |> Changeset.validate_required([:name])
    |> check_blocklist()
    |> log_attempt()
    |> Changeset.validate_change(:nickname, fn :nickname, nickname ->
      if Steps.Profanity.clean?(nickname), do: [], else: [nickname: "is not allowed"]
    end)
    |> Changeset.validate_length(:name, max: 20)
  end

  def contact_changeset(account, attrs) do
    account
    |> Changeset.cast(attrs, [:name, :email])
    |> validate_email(20)
    |> Changeset.validate_required([:name])
  end

  # then/2 closures: a pipeline the steps pane opens, an if and a case whose
  # branches it marks run or skipped; the case reads the function's own `attrs`.
  def then_changeset(account, attrs) do
    account
    |> Changeset.cast(attrs, [:name, :email, :score])
    |> then(fn cs -> cs |> Changeset.validate_required([:name]) |> Changeset.validate_length(:name, min: @min_name) end)
    |> then(fn cs ->
      if Changeset.get_change(cs, :email) do
        Changeset.validate_format(cs, :email, ~r/@/)
      else
        Changeset.add_error(cs, :email, "is missing")
      end
    end)
    |> then(fn cs ->
      case attrs do
        %{"score" => _} -> Changeset.validate_number(cs, :score, greater_than: 0)
        _ -> cs
      end
    end)
  end

  defp validate_email(changeset, max) do
    changeset
    |> Changeset.validate_required([:email])
    |> Changeset.validate_format(:email, ~r/@/)
    |> Changeset.validate_length(:email, max: max)
  end

  defp put_slug(changeset) do
    case Changeset.get_change(changeset, :name) do
      nil -> changeset
      name -> Changeset.put_change(changeset, :slug, name |> String.downcase() |> String.replace(" ", "-"))
    end
  end

  defp check_blocklist(changeset) do
    email = Changeset.get_field(changeset, :email)

    if Steps.Repo.exists?(Steps.Blocked, email: email) do
      Changeset.add_error(changeset, :email, "is blocked")
    else
      changeset
    end
  end

  defp log_attempt(changeset) do
    IO.puts("sign-up attempt")
    changeset
  end
end
