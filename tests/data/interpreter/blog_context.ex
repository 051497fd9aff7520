defmodule Blog.Post do
  defstruct [:title, :body, published: false, views: 0]
end

defmodule Blog.Posts do
  import Ecto.Query, warn: false
  alias Blog.Post

  @default_limit 20
  @statuses [:draft, :live]

  def list_posts(opts \\ []) do
    base = from(Post)
    Enum.reduce(opts, base, &filter/2)
  end

  defp filter({:published, value}, query), do: where(query, :published, value)
  defp filter({:title, title}, query) when is_binary(title) and title != "", do: where(query, :title, title)
  defp filter({:limit, n}, query) when is_integer(n), do: limit(query, n)
  defp filter(_, query), do: query

  def recent_filter(days), do: dynamic(inserted_at > ago(^days, "day"))

  def slugify(title) do
    title
    |> String.downcase()
    |> String.replace(~r/[^a-z0-9]+/, "-")
    |> String.trim("-")
  end

  def put_slug(%{title: title} = attrs) do
    case title do
      nil -> attrs
      "" -> attrs
      t -> Map.put(attrs, :slug, slugify(t))
    end
  end

  def limit_default, do: @default_limit
  def statuses, do: @statuses
  def new_post(title), do: %Post{title: title}
  def publish(%Post{} = post), do: %Post{post | published: true}
  def fact(0), do: 1
  def fact(n) when n > 0, do: n * fact(n - 1)
  def loop(x), do: loop(x)
  def read_config, do: File.read!("config.exs")
  def greet(name, greeting \\ "Hello"), do: "#{greeting}, #{name}!"
  def status(%Post{published: true}), do: :live
  def status(%Post{}), do: :draft
  def triple(a, b \\ 2, c), do: {a, b, c}
  def module_name, do: __MODULE__
  def sum_with(list), do: apply(__MODULE__, :total, [list])
  def total(list), do: Enum.reduce(list, 0, &Kernel.+/2)
  def classify(n) do
    cond do
      n < 0 -> :negative
      n in 0..9 -> :digit
      true -> :large
    end
  end
  def check(attrs) do
    with {:ok, title} <- Map.fetch(attrs, :title),
         true <- String.length(title) >= 3 do
      {:ok, title}
    else
      :error -> {:error, :missing}
      false -> {:error, :too_short}
    end
  end
end
