Enum.map(users, fn %{name: name, email: email} -> {name, email} end)
