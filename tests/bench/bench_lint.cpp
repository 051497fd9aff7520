// `ectowb migrations lint` on a generated project of 2,000 migrations: every file read,
// parsed, checked on its Elixir code and on the SQL PostgreSQL would get, with locks.
// Target: under 1 s. The run checks its findings before it reports a time.
//   bench_lint [--migrations N] [--rounds N]
#include "migration/migrationlinter.h"

#include "benchtools.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <vector>

using namespace ectowb;
using namespace ectowb::migration;

namespace {

// The shapes a real project accumulates: tables with references and indexes, columns
// added with defaults, renames, data backfills, raw SQL, concurrent indexes.
QByteArray generatedMigration(int i)
{
    const QByteArray n = QByteArray::number(i);
    QByteArray body = "defmodule Bench.Repo.Migrations.Step" + n + " do\n  use Ecto.Migration\n";
    switch (i % 5) {
    case 0:
        body += "\n  def change do\n    create table(:items_" + n + ") do\n"
                "      add :title, :string, null: false\n      add :amount, :decimal, precision: 10, scale: 2\n"
                "      add :status, :string, default: \"draft\"\n      add :parent_id, references(:users, on_delete: :nilify_all)\n"
                "      timestamps()\n    end\n\n    create index(:items_" + n + ", [:status, :parent_id])\n  end\nend\n";
        break;
    case 1:
        body += "\n  def change do\n    alter table(:users) do\n      add :flag_" + n + ", :boolean, default: false, null: false\n"
                "      add :meta_" + n + ", :json\n    end\n  end\nend\n";
        break;
    case 2:
        body += "  @disable_ddl_transaction true\n  @disable_migration_lock true\n\n  def change do\n"
                "    create index(:users, [:a, :b, :c, :d], concurrently: true)\n  end\nend\n";
        break;
    case 3:
        body += "\n  def up do\n    # excellent_migrations:safety-assured-for-next-line column_renamed\n"
                "    rename table(:users), :name_" + n + ", to: :title_" + n + "\n"
                "    execute \"UPDATE users SET title_" + n + " = upper(title_" + n + ")\"\n  end\n\n"
                "  def down do\n    rename table(:users), :title_" + n + ", to: :name_" + n + "\n  end\nend\n";
        break;
    default:
        body += "\n  def change do\n    alter table(:users) do\n      modify :score_" + n + ", :bigint, from: :integer, null: false\n"
                "      remove :old_" + n + ", :string\n    end\n    create constraint(:users, :c_" + n
                + ", check: \"score > 0\", validate: false)\n  end\nend\n";
        break;
    }
    return body;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = bench::intOption(args, QStringLiteral("--migrations"), 2000);
    const int rounds = bench::intOption(args, QStringLiteral("--rounds"), 5);
    QTextStream out(stdout);

    QTemporaryDir dir;
    QStringList files;
    for (int i = 0; i < count; ++i) {
        const QString path = dir.filePath(QStringLiteral("%1_step%2.exs").arg(20200101000000LL + i).arg(i));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(generatedMigration(i)) < 0)
            return 2;
        files << path;
    }

    const MigrationLinter linter(db::Dialect::Postgres);
    // Checked first: each shape gives the findings it must.
    int errors = 0;
    int findings = 0;
    int statements = 0;
    for (const QString &file : files) {
        const MigrationReview r = linter.reviewFile(file);
        findings += int(r.findings.size());
        statements += int(r.up.size());
        errors += r.worst() == LintSeverity::Error ? 1 : 0;
        if (!r.isMigration) {
            out << "not read as a migration: " << file << '\n';
            return 1;
        }
    }
    if (errors != count / 5 * 2 || statements < count) {
        out << "unexpected review: " << errors << " files with errors, " << statements << " statements\n";
        return 1;
    }

    std::vector<qint64> times;
    std::vector<qint64> cpuTimes; // CPU time too: on a shared machine the wall clock waits for others
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpu = std::clock();
        int seen = 0;
        for (const QString &file : files)
            seen += int(linter.reviewFile(file).findings.size());
        times.push_back(timer.elapsed());
        cpuTimes.push_back(qint64(std::clock() - cpu) * 1000 / CLOCKS_PER_SEC);
        if (seen != findings)
            return 1;
    }
    std::sort(times.begin(), times.end());
    std::sort(cpuTimes.begin(), cpuTimes.end());
    out << "lint of " << count << " migrations (" << findings << " findings, " << statements
        << " statements): median " << times[times.size() / 2] << " ms, best " << times.front() << " ms, CPU median "
        << cpuTimes[cpuTimes.size() / 2] << " ms (target < 1000 ms)\n";
    return times[times.size() / 2] < 1000 ? 0 : 1;
}
