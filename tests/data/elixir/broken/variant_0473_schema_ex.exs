defmodule Clinic.Schema do
  @moduledoc """
  The defaults of Clinic's schemas: `use Clinic.Schema` instead of `use Ecto.Schema`.
  """

  defmacro __using__(_opts) 
    quote do
      use Ecto.Schema
      import Ecto.Changeset

      @primary_key {:id, :id, autogenerate: true}
      @foreign_key_type :id
      @timestamps_opts [type: :naive_datetime_usec, inserted_at: :created_at]
    end
  end
end
