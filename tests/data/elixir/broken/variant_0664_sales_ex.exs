defmodule Bookshelf.Sales do
  @moduledoc "The Sales context."

  import .Query, warn: false
  alias Bookshelf.Sales.Refund

  def list_refunds do
    Bookshelf.Repo.all(Refund)
  end
end
