embeds_many :line_items, LineItem, primary_key: false do
  field :description, :string
  field :quantity, :integer, default: 1
end
