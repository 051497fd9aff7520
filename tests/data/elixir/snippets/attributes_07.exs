Module.register_attribute(__MODULE__, :fields, accumulate: true)
@fields :name
@fields :email
def fields, do: @fields
