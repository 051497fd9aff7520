for {k, v} <- params, v not in [nil, ""], into: %{}, do: {String.to_existing_atom(k), v}
