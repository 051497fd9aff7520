@spec add(integer(), integer()) :: integer()
@type t :: %{name: String.t(), age: non_neg_integer()} | nil
