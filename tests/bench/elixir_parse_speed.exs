# Times Elixir's own parser (Code.string_to_quoted/2) over a folder written by
# `bench_reader --write DIR`, for comparison with ours:  elixir elixir_parse_speed.exs DIR
[dir] = System.argv()
files = Path.wildcard(Path.join(dir, "**/*.{ex,exs}")) |> Enum.map(&File.read!/1)
bytes = files |> Enum.map(&byte_size/1) |> Enum.sum()
Enum.each(files, &Code.string_to_quoted!/1)

times =
  for _ <- 1..3 do
    {usec, _} = :timer.tc(fn -> Enum.each(files, &Code.string_to_quoted!(&1, columns: true)) end)
    usec
  end

best = Enum.min(times) / 1_000_000
IO.puts("elixir: #{Float.round(bytes / 1.0e6, 2)} MB in #{Float.round(best * 1000, 1)} ms: #{Float.round(bytes / 1.0e6 / best, 1)} MB/s")
