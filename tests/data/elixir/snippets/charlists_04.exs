'héllo'
:io.format('~p~n', [value])
