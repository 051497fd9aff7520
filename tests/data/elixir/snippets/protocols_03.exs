defimpl Inspect, for: Secret do
  import Inspect.Algebra

  def inspect(_secret, opts) do
    concat(["#Secret<", to_doc(:redacted, opts), ">"])
  end
end
