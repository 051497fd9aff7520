defmodule Doc do
  @moduledoc """
  Module documentation for #{__MODULE__}.

  ## Examples

      iex> Doc.run()
      :ok
  """
end
