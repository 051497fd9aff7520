defmodule Orders do
  def status(order) do
    case order.state do
      :paid -> :done, :notify
      _ -> :pending
    end
  end
end
