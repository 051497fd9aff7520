<<codepoint::utf8, rest::binary>> = string
<<c::utf16-little>>
<<f::float-32>>
