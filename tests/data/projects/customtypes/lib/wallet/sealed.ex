defmodule Wallet.Sealed do
  # An encrypted binary: cast/1 calls :crypto, which the tool does not run.
  use Ecto.Type

  def type, do: :binary

  def cast(value) when is_binary(value) do
    {:ok, :crypto.hash(:sha256, value)}
  end

  def cast(_), do: :error

  def load(value), do: {:ok, value}
  def dump(value), do: {:ok, value}
end
