Enum.map(list, &String.upcase/1)
Enum.map(list, &to_string/1)
