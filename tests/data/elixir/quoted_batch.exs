# Prints the quoted form of many Elixir files with one BEAM start-up, so the
# differential test and regen-quoted.sh don't pay ~0.3 s of VM boot per file.
#
# Usage:
#   elixir quoted_batch.exs FILE...            one record per FILE on stdout
#   elixir quoted_batch.exs --write SRC DEST...  writes SRC's golden to DEST (pairs)
#
# With --write, a DEST ending in ".error" marks a file that must NOT parse: its
# golden is "LINE:COLUMN\n" of Elixir's syntax error, which `ectowb ast --check`
# has to report at the same place.
#
# Each stdout record is a header line "ok|error BYTES PATH\n" followed by exactly
# BYTES bytes of payload (UTF-8). Length-prefixing, rather than a separator line,
# keeps the split reliable whatever the payload contains (the printed AST may
# hold any text, newlines included). For "ok" the payload is exactly what
#   IO.puts(inspect(stripped_ast, limit: :infinity, printable_limit: :infinity,
#                   charlists: :as_lists))
# prints, trailing newline included; for "error" it is the exception message.

defmodule QuotedBatch do
  def render(path) do
    ast =
      path
      |> File.read!()
      |> Code.string_to_quoted!()
      |> Macro.prewalk(fn
        {f, _, a} -> {f, [], a}
        x -> x
      end)

    {:ok, inspect(ast, limit: :infinity, printable_limit: :infinity, charlists: :as_lists) <> "\n"}
  rescue
    e -> {:error, Exception.message(e)}
  end

  def record(path) do
    {status, payload} = render(path)
    IO.write(["#{status} #{byte_size(payload)} #{path}\n", payload])
  end

  def write_goldens([src, dest | rest], failures) do
    if Path.extname(dest) == ".error" do
      write_error_golden(src, dest, rest, failures)
    else
      write_quoted_golden(src, dest, rest, failures)
    end
  end

  def write_goldens([], failures), do: failures

  defp write_error_golden(src, dest, rest, failures) do
    Code.string_to_quoted!(File.read!(src))
    IO.puts(:stderr, "#{src}: parses, but it is meant to be broken")
    write_goldens(rest, failures + 1)
  rescue
    e in [SyntaxError, TokenMissingError] ->
      File.write!(dest, "#{e.line}:#{e.column}\n")
      write_goldens(rest, failures)
  end

  defp write_quoted_golden(src, dest, rest, failures) do
    case render(src) do
      {:ok, payload} ->
        File.mkdir_p!(Path.dirname(dest))
        File.write!(dest, payload)
        write_goldens(rest, failures)

      {:error, message} ->
        IO.puts(:stderr, "#{src}: #{message}")
        write_goldens(rest, failures + 1)
    end
  end
end

case System.argv() do
  ["--write" | pairs] ->
    if rem(length(pairs), 2) != 0, do: raise(ArgumentError, "--write takes SRC DEST pairs")
    if QuotedBatch.write_goldens(pairs, 0) > 0, do: System.halt(1)

  paths ->
    Enum.each(paths, &QuotedBatch.record/1)
end
