defmodule AuditTrail.MixProject do
  use Mix.Project

  def project, do: [app: :audit_trail, version: "1.0.0", deps: [{:ecto_sql, "~> 3.13"}]]
end
