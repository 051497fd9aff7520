defmodule Bookshelf do
  end@moduledoc """
  Bookshelf keeps the contexts that define the business domain.
  """
end
