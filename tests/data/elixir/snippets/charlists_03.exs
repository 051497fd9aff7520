~c"sigil charlist"
~c(with #{interp})
~C(no #{interp})
