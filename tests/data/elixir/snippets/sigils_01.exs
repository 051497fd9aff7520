~r/^\d{3}-\d{4}$/
~r/case insensitive/i
~r/multi/mix
