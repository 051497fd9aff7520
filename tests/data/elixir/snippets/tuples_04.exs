{:noreply, state, {:continue, :load}}
{:stop, :normal, state}
