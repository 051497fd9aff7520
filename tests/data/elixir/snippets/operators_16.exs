a = b = c = 0
{:ok, value} = fetch(key)
[head | tail] = list
