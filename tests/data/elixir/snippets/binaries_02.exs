<<a::8, b::16, rest::binary>> = packet
<<x::size(4), y::size(4)>> = <<0xAB>>
