~r/(?<year>\d{4})-(?<month>\d{2})/u
Regex.named_captures(~r/(?<x>\w+)/, "hello")
