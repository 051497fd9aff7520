@spec fetch(id :: pos_integer()) :: {:ok, t()} | {:error, :not_found}
@callback handle(event :: term(), state) :: {:ok, state} when state: map()
