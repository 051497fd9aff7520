&__MODULE__.handle/2
&local/0
&(local())
&{:ok, &1}
