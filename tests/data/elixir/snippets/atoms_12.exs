# `@` is a name character of atoms and keyword keys only.
:user@host
[user@host: 1, node@local: 2]
%{key: :a@b}
