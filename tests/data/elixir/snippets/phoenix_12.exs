socket "/live", Phoenix.LiveView.Socket,
  websocket: [connect_info: [session: @session_options]]

plug Plug.Static,
  at: "/",
  from: :blog,
  gzip: false,
  only: BlogWeb.static_paths()
