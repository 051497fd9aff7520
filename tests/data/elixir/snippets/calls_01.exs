IO.puts("hello")
IO.puts "hello"
