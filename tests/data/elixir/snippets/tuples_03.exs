{a, {b, {c, d}}} = nested
elem(tuple, 0)
put_elem(tuple, 1, :new)
