defmodule Tenants.MixProject do
  use Mix.Project
  def project, do: [app: :tenants, version: "0.1.0", deps: [{:ecto_sql, "~> 3.13"}, {:postgrex, ">= 0.0.0"}]]
end
