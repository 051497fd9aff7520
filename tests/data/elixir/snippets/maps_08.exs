%{^key => value} = map
%{"a" => %{"b" => deep}} = nested
