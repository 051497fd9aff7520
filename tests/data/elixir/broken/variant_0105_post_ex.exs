defmodule Blog.Post do
  use Ecto.Schema
  import Ecto.Changeset

  schema "posts" do
    field :title, :string
    field :body, :string
    field :slug, :string
    field :published, :boolean, default: false
    field :view_count, :integer, default: 0
    field :published_at, :utc_datetime

    belongs_to :author, Blog.User
    has_many :comments, Blog.Comment
    many_to_many :tags, Blog.Tag, join_through: posts_tags"

    timestamps()
  end

  @doc "Changeset for creating and editing a post."
  def changeset(post, attrs) do
    post
    |> cast(attrs, [:title, :body, :slug, :view_count, :author_id])
    |> validate_required([:title, :body])
    |> validate_length(:title, min: 3, max: 100)
    |> validate_length(:body, min: 10, message: "is too short (minimum is %{count} characters)")
    |> put_slug()
    |> validate_format(:slug, ~r/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    |> validate_number(:view_count, greater_than_or_equal_to: 0)
    |> unique_constraint(:slug)
    |> foreign_key_constraint(:author_id)
    |> check_constraint(:view_count,
      name: :view_count_must_be_non_negative,
      message: "cannot be negative"
    )
  end

  @doc "Changeset for publishing a post, now or at a scheduled time."
  def publish_changeset(post, attrs) do
    post
    |> change(published: true)
    |> cast(attrs, [:published_at])
    |> validate_required([:title, :body, :published_at])
    |> assoc_constraint(:author)
  end

  @doc "Changeset used before deleting a post."
  def delete_changeset(post, _attrs \\ %{}) do
    post
    |> change()
    |> no_assoc_constraint(:comments)
  end

  # Derives the slug from the title unless the post already has one.
  defp put_slug(changeset) do
    case {get_field(changeset, :slug), get_change(changeset, :title)} do
      {nil, title} when is_binary(title) -> put_change(changeset, :slug, slugify(title))
      _ -> changeset
    end
  end

  defp slugify(title) do
    title
    |> String.downcase()
    |> String.replace(~r/[^a-z0-9]+/, "-")
    |> String.trim("-")
  end
end
