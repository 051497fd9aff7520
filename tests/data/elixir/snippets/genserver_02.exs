@impl GenServer
def handle_info(:tick, %{interval: interval} = state) do
  Process.send_after(self(), :tick, interval)
  {:noreply, %{state | ticks: state.ticks + 1}}
end

def handle_info(msg, state) do
  Logger.warning("unexpected message: #{inspect(msg)}")
  {:noreply, state}
end
