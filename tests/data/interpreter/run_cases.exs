# Evaluates every line of a cases file (one Elixir expression or `;`-separated
# sequence per line; blank lines and lines starting with "#" are skipped) with real
# Elixir and prints one line per case: "ok <inspect>" or "error <Exception>".
# Usage: elixir run_cases.exs cases.txt
[path] = System.argv()

path
|> File.read!()
|> String.split("\n")
|> Enum.reject(&(String.trim(&1) == "" or String.starts_with?(&1, "#")))
|> Enum.each(fn line ->
  result =
    try do
      {value, _binding} = Code.eval_string(line)
      "ok " <> inspect(value, limit: :infinity, printable_limit: :infinity)
    rescue
      e -> "error " <> inspect(e.__struct__)
    end

  IO.puts(result)
end)
