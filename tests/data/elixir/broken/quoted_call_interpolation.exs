defmodule Dynamic do
  def run(mod, name) do
    {:ok
    mod."run_#{name}"(1)
  end
end
