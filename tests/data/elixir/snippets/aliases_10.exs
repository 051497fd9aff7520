alias unquote(mod).{A, B}
alias Mod.{}
