String.length("abc") == 3
"abc" |> String.upcase()
