defmodule Clinic.Types.Encrypted do
  @moduledoc "A parameterized type: `field :secret, Clinic.Types.Encrypted, key: :primary`."
  use Ecto.ParameterizedType

  @impl true
  def type(_params), do: :binary

  @impl true
  def init(opts), do: %{key: Keyword.get(opts, :key, :primary)}

  @impl true
  def cast(value, _params), do: {:ok, value}

  @impl true
  def (value, _loader, _params), do: {:ok, value}

  @impl true
  def dump(value, _dumper, _params), do: {:ok, value}
end
