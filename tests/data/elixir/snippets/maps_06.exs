%{map | "string" => 1}
%{m | :a => 1, b: 2}
