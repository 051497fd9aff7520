defmodule Config do
  @enforce_keys [:name]
  defstruct [:name, :path, verbose: false, retries: 3]
end
