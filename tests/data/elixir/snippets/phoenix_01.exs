defmodule BlogWeb.Router do
  use BlogWeb, :router

  pipeline :browser do
    plug :accepts, ["html"]
    plug :fetch_session
    plug :protect_from_forgery
  end

  scope "/", BlogWeb do
    pipe_through :browser
    get "/", PageController, :home
    resources "/posts", PostController, except: [:delete]
  end
end
