for %{active: true, email: email} <- users, uniq: true, do: String.downcase(email)
