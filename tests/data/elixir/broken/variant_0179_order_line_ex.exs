defmodule Forms.OrderLine do
  @moduledoc false
  use Ecto.Schema
  import Ecto.Changeset

  @primary_key {:id, :binary_id, autogenerate: true}
  @foreign_key_type :binary_id
  embedded_schema do
    field :sku, :string
    field :quantity, :integer, default: 1
    field :unit_price, :decimal
    field :gift, :boolean, default: false
  end

  def changeset(struct, attrs) do
    struct
    |> cast(attrs, [:sku, :quantity, :unit_price, :gift])
    |> validate_required([:sku, :quantity])
    |> validate_number(:quantity, greater_than: 0)
  end

  def gen_0023_changeset(struct, attrs) do
    struct
    |> cast(attrs, ~w(sku quantity unit_price gift)a)
    |> validate_required([:sku, :gift], trim: true)
    |> put_change(:sku, "n/a")
    |> validate_inclusion(:sku, ["x", "closed", "Zoë"])
    |> validate_confirmation(:sku, required: true)
    |> validate_required(~w(gift sku)a, trim: true)
  end

  def gen_0058_changeset(struct, attrs) do
    struct
    |> cast(attrs, [:unit_price, :gift, :sku] ++ ~w(quantity)a)
    |> validate_format(:sku, ~r/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i)
    |> validate_format(:sku, ~r/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i)
  end

  def gen_0071_changeset(struct, params) do
    struct
    |> cast(params, ~w(gift unit_price sku)a ++ [:quantity])
    |> validate_exclusion(:quantity, 0..100)
    |> validate_format(:sku, ~r/^[A-Z]{2,3}-\d+$/, message: "has the wrong format")
    |> put_change(:sku, "Untitled")
    |> validate_exclusion(:quantity, [0, 10, 100])
    |> validate_required([:quantity, :gift])
  end

  @gen_0077_required []
  @gen_0077_optional ~w(quantity unit_price)a
  def gen_0077_changeset(struct, attrs) do
    struct
    |> cast(attrs, @gen_0077_required ++ @gen_0077_optional, empty_values: [""])
    |> validate_number(:unit_price, greater_than_or_equal_to: 100, equal_to: 10)
    |> then(fn cs -> if cs.valid?, do: cs, else: add_error(cs, :quantity, "please review") end)
    |> add_error(:quantity, "is not allowed right now", code: :gen_7)
    |> gen_0077_if_field4()
  end

  defp gen_0077_if_field4(changeset) do
    if get_change(changeset, :unit_price) do
      changeset |> validate_length(:sku, max: 4, count: :codepoints)
    else
      changeset
    end
  end

  @gen_0084_fields ~w(unit_price gift sku quantity)a
  def gen_0084_changeset(struct, attrs) do
    struct
    |> cast(attrs, @gen_0084_fields)
    |> gen_0084_if_field1()
    |> update_change(:sku, &String.trim/1)
    |> validate_change(:quantity, {:custom, [rule: :gen]}, fn field, value ->
      if value < 0, do: [{field, "must not be negative"}], else: []
    end)
    |> validate_format(:sku, ~r/^.{3,8}$/u)
    |> validate_exclusion(:quantity, 0..100)
  end

  defp gen_0084_if_field1(changeset) do
    if get_field(changeset, :gift) do
      changeset |> validate_required([:unit_price, :gift])
    else
      changeset
    end
  end

  def gen_0094_changeset(struct, params) do
    struct
    |> cast(params, ~w(unit_price gift quantity sku)a)
    |> validate_length(:sku, max: 6)
    |> validate_length(:sku, min: 5)
    |> validate_acceptance(:terms_of_service, message: "must be accepted")
    |> validate_required([:unit_price, :gift])
    |> validate_number(:quantity, not_equal_to: -10, message: "must respect %{number}")
  end

  @gen_0114_required ~w(quantity)a
  @gen_0114_optional [:gift, :unit_price, :sku]
  def gen_0114_changeset(struct, params) do
    struct
    |> cast(params, @gen_0114_required ++ @gen_0114_optional)
    |> change(%{quantity: 1, unit_price: Decimal.new("100")})
    |> validate_number(:quantity, less_than_or_equal_to: -10, not_equal_to: 1)
    |> validate_length(:sku, min: 1, max: 8, count: :codepoints)
    |> put_change(:unit_price, Decimal.new("0"))
    |> validate_length(:sku, min: 5, max: 8)
  end

  def gen_0160_changeset(struct, params) do
    struct
    |> cast(params, ~w(unit_price gift sku)a)
    |> gen_0160_case_param1(params)
    |> validate_required([:unit_price, :sku])
    |> validate_inclusion(:quantity, 1..5, message: "is not an option")
    |> validate_number(:unit_price, not_equal_to: Decimal.new("9.99"))
    |> then(fn cs -> if cs.valid?, do: cs, else: add_error(cs, :gift, "please review") end)
    |> validate_required([:gift, :unit_price])
    |> update_change(:unit_price, &Decimal.round(&1, 2))
  end

  defp gen_0160_case_param1(changeset, params) do
    case params["kind"] do
      "strict" -> changeset |> validate_length(:sku, max: 7)
      nil -> changeset
      _ -> changeset |> validate_inclusion(:sku, ["draft", "Zoë", "de", "fr"])
    end
  end

  def gen_0172_changeset(struct, attrs) do
    struct
    |> cast(attrs, [:gift, :quantity, :unit_price, :sku])
    |> validate_format(:sku, ~r/\A\p{Lu}/u)
    |> validate_exclusion(:sku, ["de", "open", "draft", "fr"], message: "is not an option")
    |> validate_format(:sku, ~r/^[A-Z]{2,3}-\d+$/)
    |> update_change(:sku, &String.downcase/1)
    |> gen_0172_helper5()
    |> prepare_changes(fn changeset -> changeset end)
  end

  defp gen_0172_helper5(changeset) do
    changeset
    |> update_change(:quantity, &abs/1)
    |> validate_change(:gift, :custom, fn field, value ->
      if value, do: [], else: [{field, "must be checked"}]
    end)
  end

  def gen_0185_changeset(struct, attrs) do
    struct
    |> cast(attrs, [:quantity, :gift])
    |> update_change(:quantity, fn n -> n + 1 end)
    |> validate_change(:gift, fn field, value ->
      if value, do: [], else: [{field, "must be checked"}]
    end)
    |> validate_number(:unit_price, greater_than_or_equal_to: Decimal.new("9.99"))
  end

  @gen_0191_fields [:quantity, :unit_price, :sku]
  def gen_0191_changeset(struct, attrs) do
    struct
    |> cast(attrs, @gen_0191_fields)
    |> validate_required([:quantity], trim: false)
    |> validate_length(:sku, max: 9)
  end

  @gen_0232_fields ~w(sku quantity unit_price gift)a
  def gen_0232_changeset(struct, attrs) do
    struct
    |> cast(attrs, @gen_0232_fields)
    |> validate_change(:sku, {:custom, [rule: :gen]}, fn field, value ->
       value =~ "spam", do: [{field, {"contains a banned word", [word: "spam"]}}], else: []
    end)
    |> validate_required([:gift, :sku, :sku], message: "is required")
    |> validate_required([:sku, :quantity], message: "is required")
  end

  def gen_0243_changeset(struct, attrs) do
    struct
    |> cast(attrs, [:sku, :quantity, :unit_price, :gift], force_changes: true)
    |> validate_confirmation(:sku)
    |> validate_number(:unit_price, less_than_or_equal_to: 0, greater_than: 100)
    |> gen_0243_map_get3(attrs)
    |> validate_acceptance(:gift, message: "must be accepted")
    |> validate_format(:sku, ~r/^.{3,8}$/u)
    |> validate_length(:sku, min: 1, count: :codepoints)
  end

  defp gen_0243_map_get3(changeset, params) do
    case Map.get(params, "channel") do
      nil -> changeset
      value when is_binary(value) -> put_change(changeset, :sku, String.trim(value))
      _ -> add_error(changeset, :sku, "has an invalid channel")
    end
  end

  def gen_0256_changeset(struct, attrs) do
    struct
    |> cast(attrs, [] ++ ~w(unit_price gift sku quantity)a, empty_values: [""])
    |> delete_change(:quantity)
    |> gen_0256_case_param2(attrs)
    |> validate_required(~w(unit_price sku quantity)a, message: "must be given")
    |> update_change(:unit_price, &Decimal.round(&1, 2))
  end

  defp gen_0256_case_param2(changeset, params) do
    case params["step"] do
      "draft" -> changeset |> validate_required([:quantity, :gift])
      nil -> changeset
      _ -> changeset |> validate_format(:sku, ~r/^[A-Z]{2,3}-\d+$/, message: "has the wrong format")
    end
  end

  def gen_0270_changeset(struct, params) do
    struct
    |> cast(params, [:unit_price, :quantity] ++ ~w(sku gift)a, force_changes: true)
    |> delete_change(:sku)
    |> validate_required(~w(unit_price quantity)a, message: "must be given")
    |> validate_inclusion(:sku, ["x", "draft", "closed", "admin"])
    |> validate_required([:sku], message: "please fill this in")
    |> validate_format(:sku, ~r/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i)
  end

  @gen_0274_required [:sku, :quantity]
  @gen_0274_optional [:unit_price]
  def gen_0274_changeset(struct, params) do
    struct
    |> cast(params, @gen_0274_required ++ @gen_0274_optional, empty_values: [""])
    |> validate_exclusion(:sku, ["open", "draft"])
    |> validate_exclusion(:quantity, [0, 10, 100])
    |> validate_required(@gen_0274_required, message: "must be given")
    |> put_change(:quantity, -1)
  end

  @gen_0278_required []
  @gen_0278_optional [:unit_price, :gift, :quantity, :sku]
  def gen_0278_changeset(struct, params) do
    struct
    |> cast(params, @gen_0278_required ++ @gen_0278_optional)
    |> validate_required([:gift, :unit_price], trim: false)
    |> gen_0278_if_field2()
    |> gen_0278_case_param3(params)
  end

  defp gen_0278_if_field2(changeset) do
    if get_change(changeset, :unit_price) do
      changeset |> validate_required(@gen_0278_required, trim: true)
    else
      changeset
    end
  end

  defp gen_0278_case_param3(changeset, params) do
    case params["step"] do
      "strict" -> changeset |> validate_required(@gen_0278_required)
      nil -> changeset
      _ -> changeset |> validate_format(:sku, ~r/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i)
    end
  end
end
