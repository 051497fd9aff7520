@derive {Jason.Encoder, except: [:__meta__, :password]}
@type t :: %__MODULE__{
        id: integer() | nil,
        email: String.t() | nil
      }
schema "admins" do
  field :email, :string
end
