defmodule Acme.Blog.Comment do
  use Acme.Schema

  defmodule Revision do
    use Ecto.Schema

    schema "comment_revisions" do
      field :number, :integer
      field :body, :string
      belongs_to :comment, Acme.Blog.Comment, references: :code, type: :string
      timestamps(updated_at: false)
    end
  end

  alias Acme.Blog.Author
  alias Acme.Types.Money

  @primary_key {:code, :string, autogenerate: false}

  schema "comments" do
    field :kind, Ecto.Enum, values: ~w(free pro enterprise)a
    field :flags, {:array, :string}
    field :locale, :string
    field :ip_range, Money
    field :title, :string
    field :phone, :string source: :phone_col
    field :total, :decimal, writable: :never
    belongs_to(:author, Author)
    field :billed_on, :date
    belongs_to(:invitation, Acme.Accounts.Invitation)
    field :score_cache, :integer, virtual: true
    field(:score_cache_2, :integer, virtual: true)
    embeds_many :lines, Line do
      field :attempts, :id
    end
    has_many :revisions, Revision, references: :code, foreign_key: :comment_id
    timestamps()
  end

  @doc false
  def changeset(comment, attrs) do
    comment
    |> cast(attrs, [:kind, :flags, :locale, :ip_range, :title, :phone, :total, :billed_on])
    |> validate_required([:kind])
  end
end
