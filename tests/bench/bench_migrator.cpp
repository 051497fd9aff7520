// Applying 500 generated migrations to a SQLite file with the Migrator, against
// executing the same statements directly with Qt SQL in the same transactions (one
// per migration, each with its schema_migrations row). Target: at most 1.15 times.
//   bench_migrator [--migrations N] [--rounds N]
#include "migration/migrator.h"
#include "migration/schemamigrations.h"
#include "migration/sqliteddl.h"
#include "project/projectloader.h"

#include "benchtools.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace ectowb;
using namespace ectowb::migration;

namespace {

// A table per migration referencing the previous one, with an index; every fifth
// migration also alters an earlier table. Everything here runs on SQLite.
QByteArray generatedMigration(int i)
{
    QByteArray body = "defmodule Bench.Repo.Migrations.Step" + QByteArray::number(i) + " do\n  use Ecto.Migration\n\n  def change do\n";
    body += "    create table(:items_" + QByteArray::number(i) + ") do\n"
            "      add :title, :string, null: false\n      add :amount, :decimal, precision: 10, scale: 2\n"
            "      add :status, :string, default: \"draft\"\n      add :position, :integer, default: 0\n";
    if (i > 0)
        body += "      add :parent_id, references(:items_" + QByteArray::number(i - 1) + ", on_delete: :nilify_all)\n";
    body += "      timestamps()\n    end\n\n    create index(:items_" + QByteArray::number(i) + ", [:status, :position])\n";
    if (i > 0 && i % 5 == 0)
        body += "\n    alter table(:items_" + QByteArray::number(i / 2) + ") do\n      add :note_" + QByteArray::number(i)
                + ", :text\n    end\n";
    body += "  end\nend\n";
    return body;
}

QList<project::MigrationFile> writeProject(const QString &root, int count)
{
    const QString folder = root + QStringLiteral("/priv/repo/migrations");
    QDir().mkpath(folder);
    for (int i = 0; i < count; ++i) {
        QFile file(folder + QStringLiteral("/%1_step%2.exs").arg(20200101000000LL + i).arg(i));
        if (file.open(QIODevice::WriteOnly))
            file.write(generatedMigration(i));
    }
    return project::ProjectLoader::load(root).migrations;
}

db::ConnectionSettings freshFile(const QTemporaryDir &dir, const QString &name)
{
    QFile::remove(dir.filePath(name));
    return db::ConnectionSettings::sqliteFile(dir.filePath(name), true);
}

// What the migrator does, without it: the same statements in the same transactions.
bool direct(const QString &path, const QList<project::MigrationFile> &files, const QList<QStringList> &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("direct"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        ok = ok && q.exec(QStringLiteral("PRAGMA foreign_keys = ON")) && q.exec(SchemaMigrations::createStatement(SqliteDdl()));
        QSqlQuery insert(db);
        ok = ok && insert.prepare(SchemaMigrations::insertStatement());
        for (int i = 0; ok && i < files.size(); ++i) {
            ok = db.transaction();
            for (const QString &sql : statements[i])
                ok = ok && q.exec(sql);
            insert.addBindValue(files[i].version);
            insert.addBindValue(SchemaMigrations::insertedAt(QDateTime::currentDateTimeUtc()));
            ok = ok && insert.exec() && db.commit();
        }
        if (!ok)
            QTextStream(stderr) << "direct run failed: " << q.lastError().text() << '\n';
    }
    QSqlDatabase::removeDatabase(QStringLiteral("direct"));
    return ok;
}

int countRows(const db::ConnectionSettings &s, const QString &sql)
{
    auto c = db::Connection::open(s);
    auto rows = c ? (*c)->exec(sql) : Result<db::QueryRows>(c.failure());
    return rows ? rows->rows.value(0).value(0).toInt() : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = bench::intOption(args, QStringLiteral("--migrations"), 500);
    const int rounds = bench::intOption(args, QStringLiteral("--rounds"), 5);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QList<project::MigrationFile> files = writeProject(dir.path(), count);

    // Correctness first: the plan of every file, and a full run that records them all.
    QList<QStringList> statements;
    for (const project::MigrationFile &f : files) {
        auto planned = Migrator::plan(f, Direction::Up, SqliteDdl());
        if (!planned) {
            QTextStream(stderr) << planned.error() << '\n';
            return 1;
        }
        statements << *planned;
    }
    const auto check = freshFile(dir, QStringLiteral("check.db"));
    const MigrationRun run = Migrator(check, files).run(Direction::Up, MigrationSelection::all());
    const int tables = countRows(check, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name LIKE 'items_%'"));
    if (!run.ok() || run.applied.size() != count || tables != count
        || countRows(check, QStringLiteral("SELECT count(*) FROM schema_migrations")) != count) {
        QTextStream(stderr) << "migrator run is wrong: " << (run.error ? run.errorText() : QStringLiteral("counts differ")) << '\n';
        return 1;
    }

    std::vector<double> migratorSeconds, directSeconds;
    for (int r = 0; r < rounds; ++r) {
        const auto settings = freshFile(dir, QStringLiteral("migrator.db"));
        QElapsedTimer timer;
        timer.start();
        const MigrationRun timed = Migrator(settings, files).run(Direction::Up, MigrationSelection::all());
        migratorSeconds.push_back(double(timer.nsecsElapsed()) / 1e9);
        if (!timed.ok())
            return 1;

        const auto plain = freshFile(dir, QStringLiteral("direct.db"));
        timer.restart();
        if (!direct(plain.database, files, statements))
            return 1;
        directSeconds.push_back(double(timer.nsecsElapsed()) / 1e9);
    }
    const double m = bench::median(migratorSeconds);
    const double d = bench::median(directSeconds);
    out << count << " migrations, " << rounds << " rounds, median\n";
    out << "  migrator (read + plan + run + bookkeeping): " << QString::number(m, 'f', 3) << " s\n";
    out << "  Qt SQL directly (same statements, same transactions): " << QString::number(d, 'f', 3) << " s\n";
    out << "  ratio: " << QString::number(m / d, 'f', 3) << " (target <= 1.15)\n";
    return 0;
}
