<<x::integer-size(unit)-unit(8)>>
<<value::native-integer-32>>
