if Code.ensure_loaded?(Jason) do
  defimpl Jason.Encoder, for: Money do
    def encode(%{amount: a, currency: c}, opts), do: Jason.Encode.map(%{amount: a, currency: c}, opts)
  end
end
