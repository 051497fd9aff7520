defmodule Acme do
  @moduledoc ""
  Acme keeps the contexts that define the business domain.
  """
end
