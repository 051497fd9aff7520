defmodule MyApp.Money do
  use Ecto.Type

  def type, do: :integer
  def cast(%{amount: amount}) when is_integer(amount), do: {:ok, amount}
  def cast(amount) when is_integer(amount), do: {:ok, amount}
  def cast(_), do: :error
  def load(cents), do: {:ok, cents}
  def dump(cents) when is_integer(cents), do: {:ok, cents}
  def dump(_), do: :error
end
