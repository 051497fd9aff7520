conn
|> put_status(:not_found)
|> put_view(ErrorView)
|> render("404.html")
|> halt()
