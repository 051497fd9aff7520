defmodule Blog.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      Blog.Repo,
      {Phoenix.PubSub, name: Blog.PubSub},
      {Registry, keys: :unique, name: Blog.Registry},
      {DynamicSupervisor, strategy: :one_for_one, name: Blog.WorkerSup},
      BlogWeb.Endpoint
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: Blog.Supervisor)
  end
end
