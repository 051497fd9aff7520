# Brackets after a space index anything but a name: Elixir's grammar applies
# them to every access_expr, and only a name's spacing makes a call.
:in [1]
"text" [0]
Shop.Cart [:items]
fetch() [:id]
fn -> %{a: 1} end [0]
{1, 2} [0]
~w(a b) [1]
(1 + 2) [0]
list[1,]
:in [2,]
