defmodule Shelf.OneOf do
  # A text field limited to the `values:` its declaration gives. The params keep
  # the options init/1 received, so a test sees the `field:` and `schema:` keys
  # Ecto.Schema adds, in Ecto's order.
  use Ecto.ParameterizedType

  def type(_params), do: :string

  def init(opts), do: %{values: Keyword.fetch!(opts, :values), opts: opts}

  def cast(nil, _params), do: {:ok, nil}

  def cast(value, %{values: values}) when is_binary(value) do
    if value in values do
      {:ok, value}
    else
      {:error, message: "must be one of %{values}", values: values}
    end
  end

  # A :type key of its own never replaces the field's type in the error.
  def cast(_value, _params), do: {:error, message: "must be text", type: :text}

  def load(value, _loader, _params), do: {:ok, value}
  def dump(value, _dumper, _params), do: {:ok, value}
end
