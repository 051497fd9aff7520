fun.(x).(y)
get_fun().(1)
