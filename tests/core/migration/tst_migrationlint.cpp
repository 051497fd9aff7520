// The migration reviewer on single migrations: every excellent_migrations check fires
// where that library fires it (same name, same line) and stays quiet on the safe form,
// each way of assuring safety works, and the reviewer's own checks on the rendered SQL.
#include "migration/migrationlinter.h"

#include <QTest>

using namespace ectowb;
using namespace ectowb::migration;

namespace {

// A migration module whose change/0 body starts on line 5 (attributes on line 3).
QByteArray change(const QString &body, const QString &attributes = {})
{
    return QStringLiteral("defmodule M do\n  use Ecto.Migration\n  %1\n  def change do\n%2\n  end\nend\n")
        .arg(attributes, body)
        .toUtf8();
}

const QStringList kLibraryChecks{
    QStringLiteral("index_not_concurrently"), QStringLiteral("index_concurrently_without_disable_ddl_transaction"),
    QStringLiteral("index_concurrently_without_disable_migration_lock"), QStringLiteral("many_columns_index"),
    QStringLiteral("raw_sql_executed"), QStringLiteral("column_removed"), QStringLiteral("table_dropped"),
    QStringLiteral("table_renamed"), QStringLiteral("column_renamed"), QStringLiteral("column_added_with_default"),
    QStringLiteral("column_volatile_default"), QStringLiteral("column_type_changed"), QStringLiteral("not_null_added"),
    QStringLiteral("column_reference_added"), QStringLiteral("check_constraint_added"), QStringLiteral("json_column_added"),
    QStringLiteral("operation_insert"), QStringLiteral("operation_update"), QStringLiteral("operation_delete")};

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromLatin1(item);
    return out;
}

// "check:line" of the findings whose check is in `checks`, in line order.
QStringList found(const MigrationReview &review, const QStringList &checks)
{
    QStringList out;
    for (const LintFinding &f : review.findings)
        if (checks.contains(f.check))
            out << QStringLiteral("%1:%2").arg(f.check).arg(f.line);
    return out;
}

} // namespace

class TestMigrationLint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void libraryChecks_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QStringList>("expected");
        const QString concurrentAttrs = QStringLiteral("@disable_ddl_transaction true\n  @disable_migration_lock true");

        QTest::newRow("index not concurrently") << change(QStringLiteral("    create index(:posts, [:title])"))
                                                << list({"index_not_concurrently:5"});
        QTest::newRow("unique index, single column") << change(QStringLiteral("    create unique_index(:posts, :slug)"))
                                                     << list({"index_not_concurrently:5"});
        QTest::newRow("drop index if exists") << change(QStringLiteral("    drop_if_exists index(:posts, [:title])"))
                                              << list({"index_not_concurrently:5"});
        QTest::newRow("concurrently: false") << change(QStringLiteral("    create index(:posts, [:title], concurrently: false)"))
                                             << list({"index_not_concurrently:5"});
        QTest::newRow("concurrently with both attributes")
            << change(QStringLiteral("    create index(:posts, [:title], concurrently: true)"), concurrentAttrs) << QStringList{};
        QTest::newRow("concurrently without attributes")
            << change(QStringLiteral("    create index(:posts, [:title], concurrently: true)"))
            << list({"index_concurrently_without_disable_migration_lock:5", "index_concurrently_without_disable_ddl_transaction:5"});
        QTest::newRow("concurrently, migration lock only disabled")
            << change(QStringLiteral("    create index(:posts, [:title], concurrently: true)"), QStringLiteral("@disable_migration_lock true"))
            << list({"index_concurrently_without_disable_ddl_transaction:5"});
        QTest::newRow("concurrently, reported on the last index operation")
            << change(QStringLiteral("    create index(:posts, [:a], concurrently: true)\n    drop index(:posts, [:b], concurrently: true)"),
                      QStringLiteral("@disable_ddl_transaction true"))
            << list({"index_concurrently_without_disable_migration_lock:6"});
        QTest::newRow("many columns") << change(QStringLiteral("    create index(:posts, [:a, :b, :c, :d], concurrently: true)"), concurrentAttrs)
                                      << list({"many_columns_index:6"});
        QTest::newRow("many columns but unique")
            << change(QStringLiteral("    create index(:posts, [:a, :b, :c, :d], concurrently: true, unique: true)"), concurrentAttrs)
            << QStringList{};
        QTest::newRow("three columns") << change(QStringLiteral("    create index(:posts, [:a, :b, :c], concurrently: true)"), concurrentAttrs)
                                       << QStringList{};
        QTest::newRow("execute/2") << change(QStringLiteral("    execute \"CREATE EXTENSION citext\", \"DROP EXTENSION citext\""))
                                   << list({"raw_sql_executed:5"});
        QTest::newRow("column removed") << change(QStringLiteral("    alter table(:posts) do\n      remove :title, :string\n    end"))
                                        << list({"column_removed:6"});
        QTest::newRow("table dropped") << change(QStringLiteral("    drop table(:posts)")) << list({"table_dropped:5"});
        QTest::newRow("table dropped with mode") << change(QStringLiteral("    drop_if_exists table(:posts), mode: :cascade"))
                                                 << list({"table_dropped:5"});
        QTest::newRow("table renamed") << change(QStringLiteral("    rename table(:posts), to: table(:articles)"))
                                       << list({"table_renamed:5"});
        QTest::newRow("column renamed") << change(QStringLiteral("    rename table(:posts), :title, to: :name"))
                                        << list({"column_renamed:5"});
        QTest::newRow("added with default")
            << change(QStringLiteral("    alter table(:posts) do\n      add :a, :integer\n      add :b, :boolean, default: false\n    end"))
            << list({"column_added_with_default:7"});
        QTest::newRow("default in create table is fine")
            << change(QStringLiteral("    create table(:posts) do\n      add :b, :boolean, default: false\n    end")) << QStringList{};
        QTest::newRow("volatile default added")
            << change(QStringLiteral("    alter table(:posts) do\n      add :uid, :uuid, default: fragment(\"gen_random_uuid()\")\n    end"))
            << list({"column_added_with_default:6", "column_volatile_default:6"});
        QTest::newRow("volatile default in create table is fine")
            << change(QStringLiteral("    create table(:posts) do\n      add :uid, :uuid, default: fragment(\"gen_random_uuid()\")\n    end"))
            << QStringList{};
        QTest::newRow("modify to a volatile default")
            << change(QStringLiteral("    alter table(:posts) do\n      modify :n, :integer, default: fragment(\"random()\")\n    end"))
            << list({"column_volatile_default:6", "column_type_changed:6"});
        QTest::newRow("type changed") << change(QStringLiteral("    alter table(:posts) do\n      modify :n, :bigint, from: :integer\n    end"))
                                      << list({"column_type_changed:6"});
        QTest::newRow("not null added") << change(QStringLiteral("    alter table(:posts) do\n      modify :n, :integer, null: false\n    end"))
                                        << list({"column_type_changed:6", "not_null_added:6"});
        QTest::newRow("null: true is no not-null")
            << change(QStringLiteral("    alter table(:posts) do\n      modify :n, :integer, null: true\n    end"))
            << list({"column_type_changed:6"});
        QTest::newRow("reference added")
            << change(QStringLiteral("    alter table(:posts) do\n      add :user_id, references(:users, on_delete: :delete_all), null: true\n    end"))
            << list({"column_reference_added:6"});
        QTest::newRow("reference without validation")
            << change(QStringLiteral("    alter table(:posts) do\n      add :user_id, references(:users, validate: false)\n    end"))
            << QStringList{};
        QTest::newRow("check constraint") << change(QStringLiteral("    create constraint(:posts, :n_positive, check: \"n > 0\")"))
                                          << list({"check_constraint_added:5"});
        QTest::newRow("check constraint not validated")
            << change(QStringLiteral("    create constraint(:posts, :n_positive, check: \"n > 0\", validate: false)")) << QStringList{};
        QTest::newRow("json column") << change(QStringLiteral("    alter table(:posts) do\n      add :meta, :json\n    end"))
                                     << list({"json_column_added:6"});
        QTest::newRow("jsonb column") << change(QStringLiteral("    alter table(:posts) do\n      add :meta, :map\n    end")) << QStringList{};
        QTest::newRow("records modified")
            << change(QStringLiteral("    flush()\n    Repo.insert!(%{})\n    MyApp.Repo.update_all(q, set: [a: 1])\n"
                                     "    q\n    |> Repo.delete_all()\n    Repo.all(q)"))
            << list({"operation_insert:6", "operation_update:7", "operation_delete:9"});
        QTest::newRow("nothing dangerous")
            << change(QStringLiteral("    create table(:tags) do\n      add :name, :string\n    end")) << QStringList{};
        QTest::newRow("lines in up and down")
            << QByteArray("defmodule M do\n  use Ecto.Migration\n  def up do\n    execute \"CREATE VIEW v AS SELECT 1\"\n  end\n\n"
                          "  def down do\n    execute \"DROP VIEW v\"\n  end\nend\n")
            << list({"raw_sql_executed:4", "raw_sql_executed:8"});
        QTest::newRow("a file without use Ecto.Migration")
            << QByteArray("defmodule Helpers do\n  def go do\n    rename table(:a), :b, to: :c\n  end\nend\n")
            << list({"column_renamed:3"});
    }

    void libraryChecks()
    {
        QFETCH(QByteArray, source);
        QFETCH(QStringList, expected);
        const MigrationReview review = MigrationLinter(db::Dialect::Postgres).review(source, QStringLiteral("m.exs"));
        QCOMPARE(found(review, kLibraryChecks), expected);
    }

    void safety_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QStringList>("expected");
        const QString alter = QStringLiteral("    alter table(:posts) do\n%1      modify :n, :integer, null: false\n    end");
        QTest::newRow("next line")
            << change(alter.arg(QStringLiteral("      # excellent_migrations:safety-assured-for-next-line not_null_added\n")))
            << list({"column_type_changed:7"});
        QTest::newRow("next line, two checks")
            << change(alter.arg(QStringLiteral("      # excellent_migrations:safety-assured-for-next-line not_null_added column_type_changed\n")))
            << QStringList{};
        QTest::newRow("consecutive comments cover the line after them")
            << change(alter.arg(QStringLiteral("      # excellent_migrations:safety-assured-for-next-line not_null_added\n"
                                               "      # excellent_migrations:safety-assured-for-next-line column_type_changed\n")))
            << QStringList{};
        QTest::newRow("next line of another check")
            << change(alter.arg(QStringLiteral("      # excellent_migrations:safety-assured-for-next-line raw_sql_executed\n")))
            << list({"column_type_changed:7", "not_null_added:7"});
        QTest::newRow("a comment two lines up covers nothing")
            << change(alter.arg(QStringLiteral("      # excellent_migrations:safety-assured-for-next-line not_null_added\n\n")))
            << list({"column_type_changed:8", "not_null_added:8"});
        QTest::newRow("this file")
            << change(alter.arg(QString()), QStringLiteral("# excellent_migrations:safety-assured-for-this-file column_type_changed"))
            << list({"not_null_added:6"});
        QTest::newRow("attribute list") << change(alter.arg(QString()), QStringLiteral("@safety_assured [:not_null_added]"))
                                        << list({"column_type_changed:6"});
        QTest::newRow("attribute all") << change(alter.arg(QString()), QStringLiteral("@safety_assured :all")) << QStringList{};
        QTest::newRow(":all with other checks counts for none")
            << change(alter.arg(QString()), QStringLiteral("@safety_assured [:all, :not_null_added]"))
            << list({"column_type_changed:6"});
    }

    void safety()
    {
        QFETCH(QByteArray, source);
        QFETCH(QStringList, expected);
        const MigrationReview review = MigrationLinter(db::Dialect::Postgres).review(source, QStringLiteral("m.exs"));
        QCOMPARE(found(review, kLibraryChecks), expected);
    }

    void statementChecks_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("check");
        QTest::addColumn<QStringList>("expected");
        const QString pg = QStringLiteral("postgres");
        const QString lite = QStringLiteral("sqlite");
        QTest::newRow("volatile default in raw SQL")
            << change(QStringLiteral("    execute \"ALTER TABLE posts ADD COLUMN uid uuid DEFAULT gen_random_uuid()\", \"\""))
            << pg << QStringLiteral("volatile_default") << list({"volatile_default:5"});
        QTest::newRow("volatile default the library misses in a longer block")
            << change(QStringLiteral("    alter table(:posts) do\n      add :a, :integer\n"
                                     "      add :uid, :uuid, default: fragment(\"gen_random_uuid()\")\n    end"))
            << pg << QStringLiteral("volatile_default") << list({"volatile_default:5"});
        QTest::newRow("volatile default named once, by the library check")
            << change(QStringLiteral("    alter table(:posts) do\n      add :uid, :uuid, default: fragment(\"gen_random_uuid()\")\n    end"))
            << pg << QStringLiteral("volatile_default") << QStringList{};
        QTest::newRow("now() is stable, no rewrite")
            << change(QStringLiteral("    alter table(:posts) do\n      add :at, :utc_datetime, default: fragment(\"now()\")\n    end"))
            << pg << QStringLiteral("volatile_default") << QStringList{};
        QTest::newRow("type change rewrites") << change(QStringLiteral("    alter table(:posts) do\n      modify :n, :bigint\n    end"))
                                              << pg << QStringLiteral("table_rewrite") << list({"table_rewrite:6"});
        QTest::newRow("to text may not rewrite") << change(QStringLiteral("    alter table(:posts) do\n      modify :n, :text\n    end"))
                                                 << pg << QStringLiteral("table_rewrite") << QStringList{};
        QTest::newRow("no rewrite on a table made here")
            << change(QStringLiteral("    create table(:posts) do\n      add :n, :integer\n    end\n"
                                     "    alter table(:posts) do\n      modify :n, :bigint\n    end"))
            << pg << QStringLiteral("table_rewrite") << QStringList{};
        QTest::newRow("ACCESS EXCLUSIVE without lock_timeout")
            << change(QStringLiteral("    alter table(:posts) do\n      remove :n\n    end")) << pg << QStringLiteral("access_exclusive_without_lock_timeout")
            << list({"access_exclusive_without_lock_timeout:6"});
        QTest::newRow("with lock_timeout")
            << change(QStringLiteral("    execute \"SET LOCAL lock_timeout TO '2s'\", \"\"\n    alter table(:posts) do\n      remove :n, :integer\n    end"))
            << pg << QStringLiteral("access_exclusive_without_lock_timeout") << QStringList{};
        QTest::newRow("concurrently in a transaction")
            << change(QStringLiteral("    create index(:posts, [:n], concurrently: true)")) << pg << QStringLiteral("concurrently_in_transaction")
            << list({"concurrently_in_transaction:5"});
        QTest::newRow("concurrently outside")
            << change(QStringLiteral("    create index(:posts, [:n], concurrently: true)"), QStringLiteral("@disable_ddl_transaction true"))
            << pg << QStringLiteral("concurrently_in_transaction") << QStringList{};
        QTest::newRow("raw CONCURRENTLY in a transaction")
            << change(QStringLiteral("    execute \"CREATE INDEX CONCURRENTLY i ON posts (n)\", \"DROP INDEX i\""))
            << pg << QStringLiteral("concurrently_in_transaction") << list({"concurrently_in_transaction:5"});
        QTest::newRow("NOT VALID constraint")
            << change(QStringLiteral("    create constraint(:posts, :n_pos, check: \"n > 0\", validate: false)")) << pg << QStringLiteral("constraint_not_valid")
            << list({"constraint_not_valid:5"});
        QTest::newRow("VALIDATE in the same transaction")
            << change(QStringLiteral("    create constraint(:posts, :n_pos, check: \"n > 0\", validate: false)\n"
                                     "    execute \"ALTER TABLE posts VALIDATE CONSTRAINT n_pos\", \"\""))
            << pg << QStringLiteral("validate_in_same_transaction") << list({"validate_in_same_transaction:6"});
        QTest::newRow("VALIDATE alone") << change(QStringLiteral("    execute \"ALTER TABLE posts VALIDATE CONSTRAINT n_pos\", \"\""))
                                        << pg << QStringLiteral("validate_in_same_transaction") << QStringList{};
        QTest::newRow("SQLite cannot modify") << change(QStringLiteral("    alter table(:posts) do\n      modify :n, :bigint\n    end"))
                                              << lite << QStringLiteral("sqlite_alter_unsupported") << list({"sqlite_alter_unsupported:5"});
        QTest::newRow("SQLite NOT NULL column without default")
            << change(QStringLiteral("    alter table(:posts) do\n      add :n, :integer, null: false\n    end")) << lite
            << QStringLiteral("sqlite_alter_unsupported") << list({"sqlite_alter_unsupported:6"});
        QTest::newRow("SQLite NOT NULL column with a default")
            << change(QStringLiteral("    alter table(:posts) do\n      add :n, :integer, null: false, default: 0\n    end")) << lite
            << QStringLiteral("sqlite_alter_unsupported") << QStringList{};
        QTest::newRow("SQLite renames an index by rebuilding it")
            << change(QStringLiteral("    rename index(:posts, [:n], name: :a), to: \"b\"")) << lite << QStringLiteral("sqlite_alter_emulated")
            << list({"sqlite_alter_emulated:5"});
        QTest::newRow("SQLite drops a column by rewriting")
            << change(QStringLiteral("    alter table(:posts) do\n      remove :n, :integer\n    end")) << lite << QStringLiteral("table_rewrite")
            << list({"table_rewrite:6"});
        QTest::newRow("change with execute/1 is irreversible")
            << change(QStringLiteral("    create table(:a) do\n      add :n, :integer\n    end\n    execute \"UPDATE a SET n = 1\""))
            << pg << QStringLiteral("irreversible") << list({"irreversible:8"});
        QTest::newRow("modify without from:")
            << change(QStringLiteral("    alter table(:posts) do\n      modify :n, :bigint\n    end")) << pg << QStringLiteral("irreversible")
            << list({"irreversible:5"});
        QTest::newRow("remove without a type")
            << change(QStringLiteral("    alter table(:posts) do\n      remove :n\n    end")) << pg << QStringLiteral("irreversible")
            << list({"irreversible:5"});
        QTest::newRow("remove with a type reverses")
            << change(QStringLiteral("    alter table(:posts) do\n      remove :n, :integer\n    end")) << pg << QStringLiteral("irreversible") << QStringList{};
        QTest::newRow("up without down")
            << QByteArray("defmodule M do\n  use Ecto.Migration\n\n  def up do\n    drop table(:a)\n  end\nend\n") << pg << QStringLiteral("irreversible")
            << list({"irreversible:4"});
        QTest::newRow("safety comment on an own check")
            << change(QStringLiteral("    alter table(:posts) do\n"
                                     "      # excellent_migrations:safety-assured-for-next-line table_rewrite\n"
                                     "      modify :n, :bigint\n    end"))
            << pg << QStringLiteral("table_rewrite") << QStringList{};
    }

    void statementChecks()
    {
        QFETCH(QByteArray, source);
        QFETCH(QString, dialect);
        QFETCH(QString, check);
        QFETCH(QStringList, expected);
        const MigrationReview review = MigrationLinter(*db::dialectNamed(dialect)).review(source, QStringLiteral("m.exs"));
        QCOMPARE(found(review, {check}), expected);
    }

    void reviewKnowsStatementsAndReversibility()
    {
        const QByteArray source = change(QStringLiteral("    alter table(:posts) do\n      add :n, :integer\n    end\n"
                                                        "    create index(:posts, [:n])"));
        const MigrationReview review = MigrationLinter(db::Dialect::Postgres).review(source, QStringLiteral("1_m.exs"));
        QVERIFY(review.isMigration);
        QVERIFY(review.reversible());
        QCOMPARE(review.up.size(), 2);
        QCOMPARE(review.up[0].line, 6); // the add, in its alter block
        QCOMPARE(review.up[0].lock.mode, QStringLiteral("ACCESS EXCLUSIVE"));
        QCOMPARE(review.up[1].line, 8);
        QCOMPARE(review.up[1].lock.mode, QStringLiteral("SHARE"));
        QCOMPARE(review.down.size(), 2);
        QCOMPARE(review.down[0].line, 8); // the index goes first on rollback
        QCOMPARE(review.worst(), std::optional<LintSeverity>(LintSeverity::Error));
        // The JSON fields: the index finding points at its statement and lock.
        bool seen = false;
        for (const LintFinding &f : review.findings)
            if (f.check == QLatin1String("blocking_scan") || f.check == QLatin1String("index_not_concurrently"))
                seen = seen || (f.check == QLatin1String("index_not_concurrently") && f.line == 8);
        QVERIFY(seen);
    }

    void syntaxErrorIsAFinding()
    {
        const MigrationReview review = MigrationLinter(db::Dialect::Postgres).review("defmodule M do\n  def change do\n", QStringLiteral("bad.exs"));
        QCOMPARE(review.findings.size(), 1);
        QCOMPARE(review.findings[0].check, QStringLiteral("syntax_error"));
        QCOMPARE(review.findings[0].severity, LintSeverity::Error);
    }
};

QTEST_GUILESS_MAIN(TestMigrationLint)
#include "tst_migrationlint.moc"
