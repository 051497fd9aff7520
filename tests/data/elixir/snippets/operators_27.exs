a::b
bits::binary-size(4)
x :: y | z
