defmodule Steps.MixProject do
  use Mix.Project
  def project, do: [app: :steps, version: "0.1.0", deps: [{:ecto_sql, "~> 3.13"}, {:ecto_sqlite3, "~> 0.23"}]]
end
