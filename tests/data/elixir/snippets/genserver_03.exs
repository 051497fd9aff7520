def handle_continue(:load, state) do
  {:noreply, %{state | data: load_data()}, :hibernate}
end

def terminate(reason, _state) do
  Logger.info("terminating: #{inspect(reason)}")
  :ok
end
