schema "orders" do
  field :total, MyApp.Money
  field :state, Ecto.Enum, values: [pending: 0, paid: 1, shipped: 2], default: :pending
  field :metadata, :map, load_in_query: false
  belongs_to :customer, Shop.Customer, on_replace: :nilify
  has_many :items, Shop.OrderItem, preload_order: [asc: :position]
  timestamps(inserted_at: :created_at)
end
