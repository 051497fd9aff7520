@moduledoc false
@doc "Does a thing."
@vsn "1.0.0"
