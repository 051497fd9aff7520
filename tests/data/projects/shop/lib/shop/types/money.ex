defmodule Shop.Types.Money do
  @moduledoc "Amounts in cents."
  use Ecto.Type

  def type, do: :integer
  def cast(cents) when is_integer(cents), do: {:ok, cents}
  def cast(_), do: :error
  def load(cents), do: {:ok, cents}
  def dump(cents) when is_integer(cents), do: {:ok, cents}
  def dump(_), do: :error
end
