// How long one full changeset evaluation takes, as the preview runs it on every
// keystroke: a generated schema with 20 cast fields and 2-3 validations each, and
// a form with an embeds_many of 20 rows (cast_embed runs the child changeset/2 on
// each row through the interpreter).
// Target: well under 1 ms per keystroke. A keystroke is what the preview does on
// each edit: run the function, translate each error's message, print the changeset
// as IEx would. Timed as this thread's CPU time (the machine is shared and loaded)
// and as wall time.
#include "changeset/changesetinspect.h"
#include "changeset/changesetrunner.h"
#include "changeset/ectomessages.h"
#include "project/projectloader.h"

#include "benchtools.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <ctime>

using namespace ectowb;
using value::Term;

namespace {

constexpr int fieldCount = 20;

QString schemaSource()
{
    QString fields;
    QString validations;
    QStringList names;
    for (int i = 0; i < fieldCount; ++i) {
        const bool number = i % 4 == 3;
        const QString name = QStringLiteral("f%1").arg(i);
        names << QLatin1Char(':') + name;
        fields += QStringLiteral("    field :%1, %2\n").arg(name, number ? QStringLiteral(":integer") : QStringLiteral(":string"));
        if (number) {
            validations += QStringLiteral("    |> validate_number(:%1, greater_than: 0, less_than: 1000)\n").arg(name);
            validations += QStringLiteral("    |> validate_inclusion(:%1, 1..999 |> Enum.to_list())\n").arg(name).replace(
                QStringLiteral("1..999 |> Enum.to_list()"), QStringLiteral("[1, 2, 3, 42, 500]"));
        } else {
            validations += QStringLiteral("    |> validate_length(:%1, min: 2, max: 40)\n").arg(name);
            validations += QStringLiteral("    |> validate_format(:%1, ~r/^[a-z ]+$/i)\n").arg(name);
            validations += QStringLiteral("    |> validate_exclusion(:%1, @reserved)\n").arg(name);
        }
    }
    return QStringLiteral("defmodule Bench.Form do\n  use Ecto.Schema\n  import Ecto.Changeset\n\n"
                          "  @reserved ~w(admin root)\n\n  schema \"forms\" do\n%1  end\n\n"
                          "  def changeset(form, attrs) do\n    form\n    |> cast(attrs, [%2])\n"
                          "    |> validate_required([:f0, :f1, :f2])\n%3    |> unique_constraint(:f0)\n  end\nend\n")
        .arg(fields, names.join(QStringLiteral(", ")), validations);
}

constexpr int rowCount = 20;

const char *orderSource = R"(defmodule Bench.Line do
  use Ecto.Schema
  import Ecto.Changeset

  @primary_key false
  embedded_schema do
    field :sku, :string
    field :quantity, :integer
    field :note, :string
  end

  def changeset(line, attrs) do
    line
    |> cast(attrs, [:sku, :quantity, :note])
    |> validate_required([:sku, :quantity])
    |> validate_length(:sku, min: 2, max: 40)
    |> validate_number(:quantity, greater_than: 0)
  end
end

defmodule Bench.Order do
  use Ecto.Schema
  import Ecto.Changeset

  schema "orders" do
    field :reference, :string
    embeds_many :lines, Bench.Line, on_replace: :delete
  end

  def changeset(order, attrs) do
    order
    |> cast(attrs, [:reference])
    |> cast_embed(:lines, required: true)
    |> validate_required([:reference])
  end
end
)";

// 20 rows; the keystroke goes into the sku of row `row`.
Term orderParams(const QString &typed, int row)
{
    std::vector<Term> lines;
    for (int i = 0; i < rowCount; ++i)
        lines.push_back(Term::map({{Term::string(QStringLiteral("sku")), Term::string(i == row ? typed : QStringLiteral("sku-%1").arg(i))},
                                   {Term::string(QStringLiteral("quantity")), Term::string(QStringLiteral("3"))},
                                   {Term::string(QStringLiteral("note")), Term::string(QStringLiteral("gift wrap"))}}));
    return Term::map({{Term::string(QStringLiteral("reference")), Term::string(QStringLiteral("R-1"))},
                      {Term::string(QStringLiteral("lines")), Term::list(std::move(lines))}});
}

Term params(const QString &typed)
{
    std::vector<Term::Pair> pairs;
    for (int i = 0; i < fieldCount; ++i) {
        const QString key = QStringLiteral("f%1").arg(i);
        const Term value = i % 4 == 3 ? Term::string(QStringLiteral("42")) : Term::string(i == 0 ? typed : QStringLiteral("hello world"));
        pairs.emplace_back(Term::string(key), value);
    }
    return Term::map(std::move(pairs));
}

} // namespace

// Runs `rounds` keystrokes as the preview does and prints the time per keystroke.
template<typename Params>
double timeKeystrokes(changeset::ChangesetRunner &runner, const QString &module, const char *what, Params paramsAt)
{
    const int rounds = 2000;
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = bench::threadCpuSeconds();
    int invalid = 0;
    qsizetype shown = 0;
    for (int i = 0; i < rounds; ++i) {
        Result<changeset::Changeset> cs = runner.run(module, QStringLiteral("changeset"), Term::nil(), paramsAt(i));
        if (!cs)
            return -1;
        invalid += cs->valid ? 0 : 1;
        for (const changeset::ChangesetError &e : cs->errors)
            shown += changeset::EctoMessages::translate(e).size();
        shown += changeset::ChangesetInspect::inspect(*cs).size();
    }
    const double cpuPerRun = (bench::threadCpuSeconds() - cpuStart) / rounds * 1e6;
    const double perRun = double(timer.nsecsElapsed()) / rounds / 1000.0;
    std::printf("bench_changeset: %s, %d keystrokes (%d invalid, %lld characters shown)\n"
                "  %.1f us per keystroke (thread CPU time), %.1f us wall\n",
                what, rounds, invalid, qlonglong(shown), cpuPerRun, perRun);
    return cpuPerRun;
}

int main()
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("lib/bench"));
    QFile mix(dir.filePath(QStringLiteral("mix.exs")));
    QFile form(dir.filePath(QStringLiteral("lib/bench/form.ex")));
    if (!mix.open(QIODevice::WriteOnly) || !form.open(QIODevice::WriteOnly))
        return 1;
    mix.write("defmodule Bench.MixProject do\n  use Mix.Project\n  def project, do: [app: :bench, version: \"0.1.0\"]\nend\n");
    form.write(schemaSource().toUtf8());
    mix.close();
    form.close();

    changeset::ChangesetRunner runner(project::ProjectLoader::load(dir.path()));
    // Check the result before timing it: valid input is valid, a bad keystroke is not.
    Result<changeset::Changeset> good = runner.run(QStringLiteral("Bench.Form"), QStringLiteral("changeset"), Term::nil(),
                                                   params(QStringLiteral("hello")));
    Result<changeset::Changeset> bad = runner.run(QStringLiteral("Bench.Form"), QStringLiteral("changeset"), Term::nil(),
                                                  params(QStringLiteral("h3")));
    if (!good || !bad || !good->valid || bad->valid || good->changes.size() != size_t(fieldCount)
        || !good->skipped.empty() || bad->errors.size() != 1) {
        std::fprintf(stderr, "bench_changeset: unexpected result: %s\n",
                     qPrintable(good ? (bad ? QStringLiteral("wrong verdicts") : bad.error()) : good.error()));
        return 1;
    }

    const QString text = QStringLiteral("the quick brown fox jumps over");
    // One keystroke: the first field grows by a character, wrapping around.
    const double flat = timeKeystrokes(runner, QStringLiteral("Bench.Form"), "20 fields", [&](int i) {
        return params(text.left(1 + i % text.size()));
    });

    QFile order(dir.filePath(QStringLiteral("lib/bench/order.ex")));
    if (!order.open(QIODevice::WriteOnly))
        return 1;
    order.write(orderSource);
    order.close();
    changeset::ChangesetRunner orders(project::ProjectLoader::load(dir.path()));
    Result<changeset::Changeset> rows = orders.run(QStringLiteral("Bench.Order"), QStringLiteral("changeset"), Term::nil(),
                                                   orderParams(QStringLiteral("x"), 3));
    const std::optional<Term> lines = rows ? rows->change(QStringLiteral("lines")) : std::nullopt;
    if (!rows || rows->valid || !rows->skipped.empty() || !lines || lines->elements().size() != size_t(rowCount)) {
        std::fprintf(stderr, "bench_changeset: unexpected embeds_many result: %s\n",
                     qPrintable(rows ? QStringLiteral("wrong changes or verdict") : rows.error()));
        return 1;
    }
    // One keystroke in the sku of one row, moving down the rows.
    const double nested = timeKeystrokes(orders, QStringLiteral("Bench.Order"), "embeds_many of 20 rows", [&](int i) {
        return orderParams(text.left(1 + i % text.size()), i % rowCount);
    });
    if (flat < 0 || nested < 0)
        return 1;
    return flat < 1000.0 && nested < 1000.0 ? 0 : 2;
}
