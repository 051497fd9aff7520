fn -> :noop end
fn () -> :empty_parens end
