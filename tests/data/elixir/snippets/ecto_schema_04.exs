schema "users" do
  field :email, :string
  field :password, :string, virtual: true, redact: true
  field :hashed_password, :string, redact: true
  field :confirmed_at, :naive_datetime
  has_one :profile, Accounts.Profile, on_delete: :delete_all
  has_many :posts, Blog.Post, foreign_key: :author_id
  embeds_one :address, Accounts.Address, on_replace: :update
  embeds_many :phones, Accounts.Phone
  timestamps()
end
