defmodule MyApp.Web.Router.Helpers do
  alias MyApp.Web.Endpoint
  def url, do: Endpoint.url()
end
