fun.(1, 2)
obj.field.nested
Mod.fun(arg).field
