String.to_charlist("abc") ++ 'def'
