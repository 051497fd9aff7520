defmodule Shelf.Code do
  # Codes compare without case (equal?/3), and `upcase: true` stores them upper
  # case. nil is refused: a parameterized type's cast/2 gets nil too.
  use Ecto.ParameterizedType

  def type(_params), do: :string

  def init(opts), do: %{upcase: Keyword.get(opts, :upcase, false)}

  def cast(nil, _params), do: :error

  def cast(value, %{upcase: upcase}) when is_binary(value) do
    if upcase, do: {:ok, String.upcase(value)}, else: {:ok, value}
  end

  def cast(_value, _params), do: :error

  def equal?(a, b, _params) when is_binary(a) and is_binary(b), do: String.downcase(a) == String.downcase(b)
  def equal?(a, b, _params), do: a == b

  def load(value, _loader, _params), do: {:ok, value}
  def dump(value, _dumper, _params), do: {:ok, value}
end
