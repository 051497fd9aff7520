defmodule Settings do
  def defaults do
    (timeout: 5_000, retries: 3) ++ []
  end
end
