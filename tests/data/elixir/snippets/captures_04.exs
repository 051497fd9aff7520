&Kernel.+/2
&(&1 <> "!")
&is_nil/1
