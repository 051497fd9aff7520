# A clause body is one expression; the next clause starts after a newline or `;`.
fn a -> a; b, c -> b + c end
fn a ->; b, c -> b + c end
fn
  a -> a
  b, c -> b + c
end
fn a -> foo 1, 2 end
fn a -> b when a end
# Bare keywords start a clause only as its arguments.
fn a: 1 -> a end
handle do
  a: 1 when ready -> :go
end
