:erlang.binary_to_term(bin)
:lists.reverse([1, 2, 3])
:timer.sleep(100)
