receive do
  {:msg, payload} -> handle(payload)
  :stop -> :ok
after
  5_000 -> :timeout
end
