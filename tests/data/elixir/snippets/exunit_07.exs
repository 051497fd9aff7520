import ExUnit.CaptureLog

test "logs a warning" do
  log = capture_log(fn -> Worker.run(:bad) end)
  assert log =~ "bad input"
end
