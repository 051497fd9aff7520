defmodule Shop.Checkout do
  alias Shop.Cart@v2, as: Cart

  def total(cart), do: Cart.sum(cart)
end
