defmodule Shelf.Vault do
  # init/1 asks a key ring this project does not define: the tool cannot know the
  # params, so it cannot cast, and must not call the field invalid.
  use Ecto.ParameterizedType

  def type(_params), do: :binary

  def init(opts), do: %{key: Shelf.Keyring.fetch!(Keyword.fetch!(opts, :key))}

  def cast(value, _params), do: {:ok, value}

  def load(value, _loader, _params), do: {:ok, value}
  def dump(value, _dumper, _params), do: {:ok, value}
end
