:ok
:error
:some_atom
:"quoted atom"
