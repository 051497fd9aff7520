tuple_list[0]
fun.(x)[:key]
Map.get(m, :k)[:nested]
