def size(%{__struct__: _} = s) when map_size(s) > 1, do: :struct
def size(t) when tuple_size(t) in 0..2 and elem(t, 0) != nil, do: :small
