@behaviour GenServer
@impl true
def init(arg), do: {:ok, arg}
