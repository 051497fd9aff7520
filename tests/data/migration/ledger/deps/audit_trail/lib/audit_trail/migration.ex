defmodule AuditTrail.Migration do
  @moduledoc "The entry point a host app's migration calls, delegating as Oban.Migration does."

  defdelegate up(opts \\ []), to: AuditTrail.Migrations
  defdelegate down(opts \\ []), to: AuditTrail.Migrations, as: :down_all
end
