fun = &{&1, &2}
pairs = &[&1, &2]
wrap = &%{value: &1}
