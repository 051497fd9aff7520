%^mod{} = value
%unquote(mod){field: 1}
