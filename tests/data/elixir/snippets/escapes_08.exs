~s(escaped \) paren \n newline)
~S(raw \n stays \) )
