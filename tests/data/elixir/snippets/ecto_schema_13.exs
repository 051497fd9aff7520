schema "profiles" do
  field :bio, :string
  field :avatar_url, :string
  field :birthday, :date
  field :settings, :map, default: %{"theme" => "light"}
  belongs_to :user, Accounts.User, foreign_key: :owner_id, define_field: false
  field :owner_id, :id
end
