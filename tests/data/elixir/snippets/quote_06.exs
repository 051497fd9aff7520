defmacro __using__(opts) do
  quote do
    import unquote(__MODULE__)
    @opts unquote(opts)
    Module.register_attribute(__MODULE__, :routes, accumulate: true)
    @before_compile unquote(__MODULE__)
  end
end
