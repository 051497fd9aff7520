'interp #{x} here'
'#{a}#{b}'
