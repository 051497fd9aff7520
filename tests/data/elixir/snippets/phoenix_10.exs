defmodule BlogWeb.Plugs.RequireUser do
  import Plug.Conn
  import Phoenix.Controller

  def init(opts), do: opts

  def call(conn, _opts) do
    if conn.assigns[:current_user] do
      conn
    else
      conn |> redirect(to: "/login") |> halt()
    end
  end
end
