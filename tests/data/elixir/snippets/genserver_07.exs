{:ok, pid} = DynamicSupervisor.start_child(Blog.WorkerSup, {Worker, id: id})
ref = Process.monitor(pid)

receive do
  {:DOWN, ^ref, :process, ^pid, reason} -> {:exited, reason}
after
  1_000 -> :still_running
end
