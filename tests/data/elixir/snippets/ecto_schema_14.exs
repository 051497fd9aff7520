defmodule Blog.Schema do
  defmacro __using__(_) do
    quote do
      use Ecto.Schema
      @timestamps_opts [type: :utc_datetime]
      @foreign_key_type :binary_id
    end
  end
end
