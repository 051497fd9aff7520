try do
  do_work()
rescue
  e in RuntimeError -> {:error, e.message}
  ArgumentError -> :bad_arg
catch
  :throw, value -> {:thrown, value}
  :exit, _ -> :exited
else
  result -> {:ok, result}
after
  cleanup()
end
