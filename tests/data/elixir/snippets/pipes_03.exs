"  Some Title  "
|> String.trim()
|> String.downcase()
|> String.replace(~r/[^a-z0-9]+/, "-")
|> tap(&IO.inspect(&1, label: "slug"))
