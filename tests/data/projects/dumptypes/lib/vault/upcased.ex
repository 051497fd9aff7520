defmodule Vault.Upcased do
  # Kept as given, stored upper case: dump/1 is what a Repo write sends.
  use Ecto.Type

  def type, do: :string

  def cast(value) when is_binary(value), do: {:ok, value}
  def cast(_), do: :error

  def load("CORRUPT"), do: :error
  def load(value), do: {:ok, String.downcase(value)}

  def dump("forbidden"), do: :error
  def dump(value) when is_binary(value), do: {:ok, String.upcase(value)}
  def dump(_), do: :error
end
