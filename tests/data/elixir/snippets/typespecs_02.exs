@spec parse(String.t(), keyword()) :: {:ok, [term()]} | {:error, String.t()}
@spec run(fun :: (integer() -> integer()), [integer(), ...]) :: list()
@spec noop() :: no_return()
