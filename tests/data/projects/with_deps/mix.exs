defmodule Notes.MixProject do
  use Mix.Project

  def project do
    [app: :notes, version: "0.1.0", deps: [{:schema_kit, "~> 1.0"}, {:ecto_sqlite3, "~> 0.23"}]]
  end
end
