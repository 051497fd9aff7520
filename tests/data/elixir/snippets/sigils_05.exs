~c(hello)
~c[world]
~C(raw #{x})
