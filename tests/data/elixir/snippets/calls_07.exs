apply(Mod, :fun, [1, 2])
Kernel.apply(fun, args)
callback.(event)
callback.()
