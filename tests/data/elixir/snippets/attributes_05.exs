@derive {Jason.Encoder, only: [:id, :name]}
@derive [Inspect]
