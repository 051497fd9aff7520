assert_receive {:done, ^ref}, 500
Process.send_after(self(), :tick, :timer.seconds(1))
