{:ok, result}
{:error, :not_found, "missing"}
{:reply, :ok, %{state | calls: calls + 1}}
