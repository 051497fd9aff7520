%{{1, 2} => :tuple_key, [1] => :list_key, %{} => :map_key}
