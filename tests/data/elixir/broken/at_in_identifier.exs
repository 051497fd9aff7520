defmodule Mailer do
  # The parse error on the next line comes first in the file, but Elixir's
  # tokenizer reads the whole file before parsing, so it reports the `@` below.
  def send(to, do: body) ,
    deliver(to, body)
  end

  def sender, do: noreply@example
end
