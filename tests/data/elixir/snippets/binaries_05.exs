<<"prefix", rest::bytes>> = input
<<header::bits-size(3), body::bitstring>> = bits
