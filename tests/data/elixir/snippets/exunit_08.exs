use ExUnit.Case
@moduletag :integration
@moduletag capture_log: true

setup_all do
  on_exit(fn -> File.rm_rf!("tmp/test") end)
  :ok
end
