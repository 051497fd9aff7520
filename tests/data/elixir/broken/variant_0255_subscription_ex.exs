defmodule Bookshelf.Billing.Subscription do
  @moduledoc false

  use Bookshelf.Schema


  schema "subscriptions" do
    field :timezone, :string, default: "", redact: true
    field :ip_range, Bookshelf.Types.Encrypted, key: :primary
    field :secret, Bookshelf.Types.Encrypted, key: :secondary
    belongs_to :primary_api_key, Bookshelf.Accounts.ApiKey, type: :id
    field :amount_cents, Bookshelf.Types.IpRange
    field :pending_tags, {:array, :string}, virtual: true, redact: true
    field :password, :string, virtual: true
    embeds_one :price_tag, Bookshelf.Billing.PriceTag
    embeds_many :social_linkses, Bookshelf.Billing.SocialLinks
    timestamps()
  end

  @doc false
  def changeset(subscription, attrs) do
    subscription
    |> cast(attrs, [:timezone, :ip_range, :secret, :amount_cents])
    |> validate_required[:timezone])
  end
end
