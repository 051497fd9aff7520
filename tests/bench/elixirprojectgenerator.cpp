#include "elixirprojectgenerator.h"

namespace ectowb::bench {

namespace {
const char *const kNouns[] = {"Account", "Invoice", "Order", "Product", "Review", "Shipment", "Ticket",
                              "Vendor", "Warehouse", "Coupon", "Payment", "Session", "Course", "Lesson"};
const char *const kFieldNames[] = {"title", "name", "description", "status", "amount", "quantity",
                                   "starts_at", "notes", "code", "rating", "active", "email", "position"};
const char *const kFieldTypes[] = {":string", ":string", ":text", ":string", ":decimal", ":integer",
                                   ":utc_datetime", ":string", ":string", ":float", ":boolean",
                                   ":string", ":integer"};
constexpr int kNounCount = int(sizeof(kNouns) / sizeof(kNouns[0]));
constexpr int kFieldCount = int(sizeof(kFieldNames) / sizeof(kFieldNames[0]));
} // namespace

quint32 ElixirProjectGenerator::next()
{
    // xorshift32: deterministic across platforms, so a benchmark always parses the same input.
    m_state ^= m_state << 13;
    m_state ^= m_state >> 17;
    m_state ^= m_state << 5;
    return m_state;
}

QByteArray ElixirProjectGenerator::entity(int index) const
{
    return QByteArray(kNouns[index % kNounCount]) + QByteArray::number(index);
}

QByteArray ElixirProjectGenerator::table(int index) const
{
    return QByteArray(kNouns[index % kNounCount]).toLower() + '_' + QByteArray::number(index) + 's';
}

QByteArray ElixirProjectGenerator::schemaModule(int index, int count)
{
    const QByteArray name = entity(index);
    const int parent = index > 0 ? pick(index) : -1;
    QByteArray out;
    out += "defmodule Shop." + name + " do\n"
           "  @moduledoc \"\"\"\n  A " + name + " of the shop (generated #" + QByteArray::number(index) +
           ").\n  \"\"\"\n  use Ecto.Schema\n  import Ecto.Changeset\n\n";
    out += "  @statuses ~w(draft active archived)a\n\n";
    out += "  schema \"" + table(index) + "\" do\n";
    const int fields = 4 + pick(6);
    QByteArray castList;
    for (int f = 0; f < fields; ++f) {
        const int k = (index + f * 3) % kFieldCount;
        const QByteArray field = QByteArray(kFieldNames[k]) + (f >= kFieldCount ? QByteArray::number(f) : "");
        if (k == 3)
            out += "    field :" + field + ", Ecto.Enum, values: @statuses, default: :draft\n";
        else
            out += "    field :" + field + ", " + kFieldTypes[k] + (k == 10 ? ", default: true" : "") + "\n";
        castList += (f ? ", :" : ":") + field;
    }
    if (parent >= 0)
        out += "    belongs_to :parent, Shop." + entity(parent) + "\n";
    if (index + 1 < count)
        out += "    has_many :children, Shop." + entity(index + 1) + ", foreign_key: :parent_id\n";
    out += "\n    timestamps(type: :utc_datetime)\n  end\n\n";
    out += "  @doc \"Builds a changeset for creating or updating a " + name.toLower() + ".\"\n";
    out += "  def changeset(record, attrs) do\n    record\n    |> cast(attrs, [" + castList + "])\n"
           "    |> validate_required([" + castList.left(castList.indexOf(',') > 0 ? castList.indexOf(',') : castList.size()) + "])\n"
           "    |> validate_length(:" + kFieldNames[index % kFieldCount] + ", min: 2, max: 160)\n"
           "    |> validate_number(:position, greater_than_or_equal_to: 0, message: \"must be >= %{number}\")\n"
           "    |> unique_constraint([:code], name: :" + table(index) + "_code_index)\n";
    if (parent >= 0)
        out += "    |> assoc_constraint(:parent)\n";
    out += "  end\n\n  defp normalize(%{\"code\" => code} = attrs) when is_binary(code),\n"
           "    do: Map.put(attrs, \"code\", String.upcase(String.trim(code)))\n\n"
           "  defp normalize(attrs), do: attrs\nend\n";
    return out;
}

QByteArray ElixirProjectGenerator::contextModule(int index, int)
{
    const QByteArray name = entity(index);
    const QByteArray var = name.toLower();
    QByteArray out;
    out += "defmodule Shop." + name + "s do\n  import Ecto.Query, warn: false\n  alias Shop.{Repo, " + name + "}\n\n";
    out += "  def list_" + var + "s(opts \\\\ []) do\n"
           "    limit = Keyword.get(opts, :limit, 50)\n\n"
           "    from(r in " + name + ",\n      where: r.active == true and r.position > ^Keyword.get(opts, :min, 0),\n"
           "      order_by: [desc: r.inserted_at, asc: r.id],\n      limit: ^limit,\n"
           "      select: %{id: r.id, inserted: r.inserted_at}\n    )\n    |> filter_by(opts)\n    |> Repo.all()\n  end\n\n";
    out += "  defp filter_by(query, []), do: query\n"
           "  defp filter_by(query, [{:status, status} | rest]) when status in [:draft, :active],\n"
           "    do: query |> where([r], r.status == ^status) |> filter_by(rest)\n"
           "  defp filter_by(query, [_ | rest]), do: filter_by(query, rest)\n\n";
    out += "  def get_" + var + "!(id), do: Repo.get!(" + name + ", id)\n\n";
    out += "  def count_by_status do\n    " + name + "\n    |> group_by([r], r.status)\n"
           "    |> select([r], {r.status, count(r.id)})\n    |> Repo.all()\n    |> Map.new()\n  end\n\n";
    out += "  def create_" + var + "(attrs \\\\ %{}) do\n    %" + name + "{}\n    |> " + name +
           ".changeset(attrs)\n    |> Repo.insert()\n  end\n\n";
    out += "  def describe(%" + name + "{title: title, amount: amount} = r) do\n"
           "    case amount do\n      nil -> \"#{title} (no amount)\"\n"
           "      %Decimal{} = d -> \"#{title}: #{Decimal.to_string(d)} \" <> inspect(r.id)\n"
           "      other -> raise ArgumentError, \"unexpected amount: #{inspect(other)}\"\n    end\n  end\nend\n";
    return out;
}

QByteArray ElixirProjectGenerator::migration(int index, int count)
{
    const QByteArray name = entity(index % qMax(1, count));
    const QByteArray tbl = table(index % qMax(1, count));
    QByteArray out;
    out += "defmodule Shop.Repo.Migrations.Create" + name + "_" + QByteArray::number(index) +
           " do\n  use Ecto.Migration\n\n  def change do\n";
    if (pick(3) == 0) {
        out += "    alter table(:" + tbl + ") do\n      add :extra_" + QByteArray::number(index) +
               ", :string, null: false, default: \"\"\n      modify :notes, :text, from: :string\n    end\n\n"
               "    create index(:" + tbl + ", [:extra_" + QByteArray::number(index) + "], where: \"active\")\n";
    } else {
        out += "    create table(:" + tbl + ") do\n      add :title, :string, null: false\n"
               "      add :amount, :decimal, precision: 10, scale: 2\n      add :status, :string, default: \"draft\"\n"
               "      add :position, :integer, default: 0\n";
        if (index > 0)
            out += "      add :parent_id, references(:" + table((index - 1) % qMax(1, count)) +
                   ", on_delete: :nilify_all)\n";
        out += "\n      timestamps(type: :utc_datetime)\n    end\n\n"
               "    create unique_index(:" + tbl + ", [:code])\n"
               "    create constraint(:" + tbl + ", :position_non_negative, check: \"position >= 0\")\n";
    }
    out += "  end\nend\n";
    return out;
}

ElixirProjectGenerator::Files ElixirProjectGenerator::generate(int schemas, int migrations)
{
    Files files;
    files.insert(QStringLiteral("mix.exs"),
                 "defmodule Shop.MixProject do\n  use Mix.Project\n\n  def project do\n"
                 "    [app: :shop, version: \"0.1.0\", elixir: \"~> 1.14\", deps: deps()]\n  end\n\n"
                 "  defp deps, do: [{:ecto_sql, \"~> 3.13\"}, {:postgrex, \">= 0.0.0\"}]\nend\n");
    files.insert(QStringLiteral("lib/shop/repo.ex"),
                 "defmodule Shop.Repo do\n  use Ecto.Repo, otp_app: :shop, adapter: Ecto.Adapters.Postgres\nend\n");
    for (int i = 0; i < schemas; ++i) {
        const QString base = QString::fromLatin1(entity(i).toLower());
        files.insert(QStringLiteral("lib/shop/%1.ex").arg(base), schemaModule(i, schemas));
        files.insert(QStringLiteral("lib/shop/%1s.ex").arg(base), contextModule(i, schemas));
    }
    for (int i = 0; i < migrations; ++i) {
        files.insert(QStringLiteral("priv/repo/migrations/%1_create_%2.exs")
                         .arg(20200101000000LL + i)
                         .arg(QString::fromLatin1(entity(i % qMax(1, schemas)).toLower())),
                     migration(i, schemas));
    }
    return files;
}

ElixirProjectGenerator::Files ElixirProjectGenerator::generateBySize(qint64 bytes)
{
    // Grow in steps so the result is one coherent project, not a tail of fragments.
    int n = 16;
    for (;;) {
        Files files = generate(n, n);
        qint64 total = 0;
        for (const QByteArray &content : std::as_const(files))
            total += content.size();
        if (total >= bytes)
            return files;
        n = int(double(n) * (double(bytes) / double(qMax<qint64>(total, 1))) * 1.02) + 1;
    }
}

} // namespace ectowb::bench
