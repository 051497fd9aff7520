defmodule Shop.Schema do
  @moduledoc "The app's schema wrapper: binary ids and microsecond UTC timestamps everywhere."

  defmacro __using__(_opts) do
    quote do
      use Ecto.Schema
      import Ecto.Changeset
      import Shop.Schema.Macros
      alias Shop.Types.Money

      @primary_key {:id, :binary_id, autogenerate: true}
      @foreign_key_type :binary_id
      @timestamps_opts [type: :utc_datetime_usec]
    end
  end
end
