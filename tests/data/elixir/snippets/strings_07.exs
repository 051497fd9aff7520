"interp with map #{%{a: 1}[:a]} and fn #{(fn -> 1 end).()}"
