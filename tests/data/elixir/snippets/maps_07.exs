Map.put(map, :key, value)
Map.update!(counts, word, &(&1 + 1))
map.key
map[:key]
