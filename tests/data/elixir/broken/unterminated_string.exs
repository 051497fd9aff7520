IO.puts("hello
:never_closed
