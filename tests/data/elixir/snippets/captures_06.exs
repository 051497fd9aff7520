&Mod.fun(&1, :default, &2)
&:erlang.element(1, &1)
&:lists.reverse/1
