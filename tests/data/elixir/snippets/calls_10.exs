raise ArgumentError, message: "bad argument"
raise "boom"
throw :done
exit(:normal)
