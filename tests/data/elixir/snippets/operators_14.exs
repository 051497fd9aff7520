def greet(name \\ "world", opts \\ []) do
  "Hello, " <> name
end
