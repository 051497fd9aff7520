defmodule Vault.Cents do
  # Cast from whole units, stored and loaded as cents: cast and load differ.
  use Ecto.Type

  def type, do: :integer

  def cast(value) when is_integer(value), do: {:ok, value * 100}
  def cast(_), do: :error

  def load(value), do: {:ok, value}
  def dump(value), do: {:ok, value}
end
