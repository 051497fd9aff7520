defmodule Commented do
  # comment inside module
  def run do
    # comment before expression
    :ok
    # comment at end of block
  end
end
