:erlang
:"Elixir.Foo"
:elixir_module
:&&&
:<<<
:~>>
:"|"
