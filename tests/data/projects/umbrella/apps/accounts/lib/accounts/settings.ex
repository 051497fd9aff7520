defmodule Accounts.Settings do
  use Ecto.Schema

  embedded_schema do
    field :theme, :string, default: "light"
    field :notifications, {:array, Ecto.Enum}, values: [:email, :sms, :push]
  end
end
