defmodule Wallet.Account do
  use Ecto.Schema
  import Ecto.Changeset

  schema "accounts" do
    field :balance, Wallet.Cents
    field :secret, Wallet.Sealed
    field :tag, Money.Ecto.Amount.Type
    field :amounts, {:array, Wallet.Cents}
    field :limits, {:map, Wallet.Cents}
    field :ledger, {:array, {:array, Wallet.Cents}}
    field :sealed_list, {:array, Wallet.Sealed}
  end

  def changeset(account, attrs) do
    account
    |> cast(attrs, [:balance, :secret, :tag, :amounts, :limits, :ledger, :sealed_list])
    |> validate_required([:balance])
  end
end
