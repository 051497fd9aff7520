%{:a => 1, b: 2}
%{name: name} = %{name: "x", extra: true}
