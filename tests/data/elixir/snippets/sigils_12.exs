~x(custom)
~x(custom with modifiers)u
~z[#{interp} custom]
~Z[uppercase custom #{raw}]
