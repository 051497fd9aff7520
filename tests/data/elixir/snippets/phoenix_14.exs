defp deps do
  [
    {:phoenix, "~> 1.7.10"},
    {:ecto_sql, "~> 3.10"},
    {:postgrex, ">= 0.0.0"},
    {:phoenix_live_reload, "~> 1.2", only: :dev},
    {:esbuild, "~> 0.8", runtime: Mix.env() == :dev}
  ]
end
