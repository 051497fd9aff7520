bin = <<"héllo"::utf8, ?!>>
byte_size(bin)
