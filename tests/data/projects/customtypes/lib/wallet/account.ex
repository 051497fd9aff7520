defmodule Wallet.Account do
  use Ecto.Schema
  import Ecto.Changeset

  schema "accounts" do
    field :balance, Wallet.Cents
    field :secret, Wallet.Sealed
    field :tag, Money.Ecto.Amount.Type
  end

  def changeset(account, attrs) do
    account
    |> cast(attrs, [:balance, :secret, :tag])
    |> validate_required([:balance])
  end
end
