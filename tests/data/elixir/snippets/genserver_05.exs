def child_spec(opts) do
  %{
    id: Keyword.get(opts, :name, __MODULE__),
    start: {__MODULE__, :start_link, [opts]},
    restart: :permanent,
    shutdown: 5_000,
    type: :worker
  }
end
