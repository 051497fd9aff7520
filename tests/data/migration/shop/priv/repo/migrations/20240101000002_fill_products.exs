defmodule Shop.Repo.Migrations.FillProducts do
  use Ecto.Migration

  import Ecto.Query

  @names ~w(apple pear plum)

  def up do
    currency = Application.get_env(:shop, :catalog)[:default_currency]
    rate = Application.fetch_env!(:shop, :catalog) |> Keyword.fetch!(:vat_rate)

    repo().insert_all("products", rows(currency, rate))

    plums = from(p in "products", where: p.name == "plum")
    repo().update_all(plums, set: [vat_rate: rate - 11])

    execute(fn -> repo().query!("UPDATE products SET currency = $1 WHERE currency IS NULL", ["USD"]) end)
  end

  def down do
    repo().delete_all(from(p in "products", where: p.name in @names))
  end

  defp rows(currency, rate) do
    now = NaiveDateTime.utc_now() |> NaiveDateTime.truncate(:second)

    for name <- @names do
      %{name: name, currency: currency, vat_rate: rate, created_at: now, changed_at: now}
    end
  end
end
