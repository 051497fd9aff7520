"#{}"
"#{ }"
"#{x} trailing"
