defmodule Wallet.Cents do
  # "12.34" or 12 -> integer cents; what cast/1 refuses says why.
  use Ecto.Type

  def type, do: :integer

  def cast(value) when is_integer(value) and value >= 0, do: {:ok, value * 100}

  def cast(value) when is_binary(value) do
    case Float.parse(value) do
      {amount, ""} when amount >= 0 -> {:ok, round(amount * 100)}
      _ -> {:error, message: "is not an amount", format: "12.34"}
    end
  end

  # {:error, []}: no message of its own, yet not :error (an array names the element).
  def cast(value) when is_boolean(value), do: {:error, []}

  def cast(_), do: :error

  def load(value), do: {:ok, value}
  def dump(value), do: {:ok, value}
end
