%{}
%{a: 1, b: 2}
%{"key" => "value", 1 => :one}
