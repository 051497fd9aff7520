get_in(data, [:a, :b])
put_in(data[:a][:b], 1)
update_in(state.counts[key], &(&1 + 1))
