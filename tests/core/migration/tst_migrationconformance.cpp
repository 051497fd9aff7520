#include "migration/migrationplanner.h"
#include "migration/migrationreader.h"
#include "migration/postgresddl.h"
#include "migration/sqliteddl.h"

#include "conformancecases.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ectowb::migration;

// Every case of ../shared/conformance/migrations.jsonl and project-migrations.jsonl,
// for both adapters and both directions, against what real Ecto sent.
class TestMigrationConformance : public QObject
{
    Q_OBJECT

private:
    // The cases of a .jsonl file of ../shared/conformance; empty when it cannot be read.
    static QList<QJsonObject> cases(const QString &name)
    {
        QList<QJsonObject> out;
        for (const QByteArray &line : ectowb::testsupport::readJsonLines(ectowb::testsupport::conformanceDir() + u'/' + name).value_or(QList<QByteArray>()))
            out << QJsonDocument::fromJson(line).object();
        return out;
    }

    static void addRows(const QJsonObject &c, const QByteArray &source, const QString &file)
    {
        for (const QString &dialect : {QStringLiteral("postgres"), QStringLiteral("sqlite")}) {
            for (const QString &direction : {QStringLiteral("up"), QStringLiteral("down")}) {
                const QString tag = c.value(QStringLiteral("id")).toString() + QLatin1Char('/') + dialect + QLatin1Char('/') + direction;
                QTest::newRow(qPrintable(tag)) << source << file << dialect << direction
                                               << c.value(dialect).toObject().value(direction);
            }
        }
    }

private Q_SLOTS:
    void conformance_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("direction");
        QTest::addColumn<QJsonValue>("expected");
        const QList<QJsonObject> generic = cases(QStringLiteral("migrations.jsonl"));
        const QList<QJsonObject> project = cases(QStringLiteral("project-migrations.jsonl"));
        QVERIFY(generic.size() == 120);
        QVERIFY(project.size() == 8);
        for (const QJsonObject &c : generic)
            addRows(c, MigrationReader::wrapAsModule(c.value(QStringLiteral("source")).toString()).toUtf8(), QStringLiteral("case.exs"));
        for (const QJsonObject &c : project) {
            QFile f(ectowb::testsupport::conformanceDir() + QStringLiteral("/projects/blog/") + c.value(QStringLiteral("file")).toString());
            QVERIFY(f.open(QIODevice::ReadOnly));
            addRows(c, f.readAll(), c.value(QStringLiteral("id")).toString());
        }
    }

    void conformance()
    {
        QFETCH(QByteArray, source);
        QFETCH(QString, file);
        QFETCH(QString, dialect);
        QFETCH(QString, direction);
        QFETCH(QJsonValue, expected);

        const Migration migration = MigrationReader::fromSource(source, file);
        QVERIFY2(!migration.error, qPrintable(MigrationStatements::errorText(migration.error)));
        PostgresDdl postgres;
        SqliteDdl sqlite;
        const DdlRenderer &ddl = dialect == QLatin1String("postgres") ? static_cast<const DdlRenderer &>(postgres) : sqlite;
        const MigrationStatements actual = direction == QLatin1String("up") ? MigrationPlanner::up(migration, ddl)
                                                                            : MigrationPlanner::down(migration, ddl);
        QStringList expectedStatements;
        const QJsonArray list = expected.isArray() ? expected.toArray()
                                                   : expected.toObject().value(QStringLiteral("statements")).toArray();
        for (const QJsonValue &v : list)
            expectedStatements << v.toString();
        if (expected.isObject()) {
            QVERIFY2(actual.error.has_value(), qPrintable(QStringLiteral("expected an error: ")
                                                          + expected.toObject().value(QStringLiteral("error")).toString()
                                                          + QStringLiteral("\ngot: ") + actual.statements.join(QStringLiteral("\n"))));
        } else {
            QVERIFY2(!actual.error.has_value(), qPrintable(MigrationStatements::errorText(actual.error)));
        }
        QCOMPARE(actual.statements, expectedStatements);
    }

    // Elixir compiles the whole module first: an undefined local call anywhere fails
    // every direction; names a module may bring in some other way are never flagged.
    void undefinedLocalCalls_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("undefined"); // empty: the migration reads
        const QByteArray down = "def down, do: drop(table(:t))\n";
        QTest::newRow("in down, only run by rollback")
            << QByteArray("def up, do: create(table(:t))\ndef down do\n  alter table(:t) do\n    add_column :a, :string\n  end\nend\n")
            << QStringLiteral("add_column/2");
        QTest::newRow("wrong arity of a helper") << QByteArray("def up, do: helper(1, 2)\ndefp helper(a), do: a\n" + down)
                                                 << QStringLiteral("helper/2");
        QTest::newRow("an imported name at another arity")
            << QByteArray("def up, do: alter(table(:t), do: remove_if_exists(:a))\n" + down) << QString();
        QTest::newRow("piped") << QByteArray("def up, do: :t |> table() |> create_it()\n" + down) << QStringLiteral("create_it/1");
        QTest::newRow("defaults define each arity")
            << QByteArray("def up, do: helper(1)\ndefp helper(a, b \\\\ 2), do: {a, b}\n" + down) << QString();
        QTest::newRow("Kernel, migration API, for and fn")
            << QByteArray("def up do\n  for n <- ~w(a b), do: execute(fn -> repo().query!(\"select #{n}\") end)\n"
                          "  create_if_not_exists index(:t, [:a])\n  flush()\n  if direction() == :up, do: timestamps()\nend\n" + down)
            << QString();
        QTest::newRow("a lexical import is unknowable")
            << QByteArray("def up do\n  import Ecto.Query\n  repo().all(from(t in \"t\", select: t.id))\nend\n" + down) << QString();
        QTest::newRow("another use is unknowable") << QByteArray("use MyApp.Helpers\ndef up, do: helper()\n" + down) << QString();
        QTest::newRow("a top-level macro is unknowable")
            << QByteArray("for n <- [:a], do: def unquote(n)(), do: :ok\ndef up, do: a()\n" + down) << QString();
    }

    void undefinedLocalCalls()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, undefined);
        const QByteArray source = "defmodule M do\nuse Ecto.Migration\n" + body + "end\n";
        const Migration read = MigrationReader::fromSource(source, QStringLiteral("m.exs"));
        if (undefined.isEmpty()) {
            QVERIFY2(!read.error || read.error->kind != QStringLiteral("CompileError"), qPrintable(MigrationStatements::errorText(read.error)));
            return;
        }
        QVERIFY(read.error);
        QCOMPARE(read.error->kind, QStringLiteral("CompileError"));
        QCOMPARE(read.error->position.file, QStringLiteral("m.exs"));
        QVERIFY(read.error->position.line > 2); // in the body, after defmodule and use
        QVERIFY2(!read.error->message.startsWith(QLatin1String("m.exs:")), qPrintable(read.error->message));
        QVERIFY2(read.error->message.contains(QStringLiteral("undefined function ") + undefined), qPrintable(read.error->message));
        QVERIFY(read.error->message.contains(QStringLiteral("expected M to define such a function")));
        QVERIFY(!read.up && !read.down);
    }
};

QTEST_GUILESS_MAIN(TestMigrationConformance)
#include "tst_migrationconformance.moc"
