"hello"
""
"with \"quotes\" inside"
