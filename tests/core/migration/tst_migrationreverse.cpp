#include "migration/postgresddl.h"
#include "migration/reverser.h"
#include "migration/sqliteddl.h"

#include <QTest>

using namespace ectowb::migration;

Q_DECLARE_METATYPE(ectowb::migration::Command)

namespace {

Table table(const QString &name, const QString &prefix = {})
{
    return Table{name, prefix, std::nullopt, std::nullopt};
}

ColumnChange change(ColumnChange::Kind kind, const QString &column, std::optional<ColumnType> type, ColumnOptions options = {})
{
    return ColumnChange{kind, column, std::move(type), std::move(options)};
}

ColumnType reference(const QString &to, ForeignKeyAction::Kind onDelete)
{
    Reference r;
    r.table = to;
    r.onDelete.kind = onDelete;
    ColumnType t;
    t.reference = std::make_shared<const Reference>(r);
    return t;
}

Index index(const QString &tableName, const QString &column)
{
    Index i;
    i.table = tableName;
    i.columns = {{column, false, {}}};
    i.name = tableName + QLatin1Char('_') + column + QStringLiteral("_index");
    return i;
}

} // namespace

// Ecto.Migration.Runner's reverse/1 on commands built directly, rendered for
// Postgres so each row reads as the SQL a rollback sends.
class TestMigrationReverse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reverse_data()
    {
        QTest::addColumn<Command>("command");
        QTest::addColumn<QString>("reversedSql"); // empty: Ecto refuses
        using K = ColumnChange::Kind;
        ColumnOptions withDefault;
        withDefault.defaultValue = Value::integer(0);
        ColumnOptions fromString;
        fromString.from = ModifyFrom{ColumnType::atom(QStringLiteral("string")), nullptr};
        ColumnOptions notNullFromNullable;
        notNullFromNullable.null = false;
        ColumnOptions nullable;
        nullable.null = true;
        notNullFromNullable.from = ModifyFrom{ColumnType::atom(QStringLiteral("text")), std::make_shared<const ColumnOptions>(nullable)};

        QTest::newRow("create table") << Command(CreateTable{table(QStringLiteral("t")), {}, false}) << "DROP TABLE \"t\"";
        QTest::newRow("create table if not exists") << Command(CreateTable{table(QStringLiteral("t")), {}, true})
                                                    << "DROP TABLE IF EXISTS \"t\"";
        QTest::newRow("drop table") << Command(DropTable{table(QStringLiteral("t")), false, false}) << QString();
        QTest::newRow("add reverses to remove, newest first")
            << Command(AlterTable{table(QStringLiteral("t")),
                                  {change(K::Add, QStringLiteral("a"), ColumnType::atom(QStringLiteral("integer"))),
                                   change(K::Add, QStringLiteral("b"), ColumnType::atom(QStringLiteral("text")))}})
            << "ALTER TABLE \"t\" DROP COLUMN \"b\", DROP COLUMN \"a\"";
        QTest::newRow("remove with type adds back with options")
            << Command(AlterTable{table(QStringLiteral("t")), {change(K::Remove, QStringLiteral("a"), ColumnType::atom(QStringLiteral("integer")), withDefault)}})
            << "ALTER TABLE \"t\" ADD COLUMN \"a\" integer DEFAULT 0";
        QTest::newRow("remove without type") << Command(AlterTable{table(QStringLiteral("t")), {change(K::Remove, QStringLiteral("a"), std::nullopt)}})
                                             << QString();
        QTest::newRow("modify without from")
            << Command(AlterTable{table(QStringLiteral("t")), {change(K::Modify, QStringLiteral("a"), ColumnType::atom(QStringLiteral("text")))}})
            << QString();
        QTest::newRow("modify from a type")
            << Command(AlterTable{table(QStringLiteral("t")), {change(K::Modify, QStringLiteral("a"), ColumnType::atom(QStringLiteral("citext")), fromString)}})
            << "ALTER TABLE \"t\" ALTER COLUMN \"a\" TYPE varchar(255)";
        QTest::newRow("modify from type and options")
            << Command(AlterTable{table(QStringLiteral("t")),
                                  {change(K::Modify, QStringLiteral("a"), ColumnType::atom(QStringLiteral("text")), notNullFromNullable)}})
            << "ALTER TABLE \"t\" ALTER COLUMN \"a\" TYPE text, ALTER COLUMN \"a\" DROP NOT NULL";
        QTest::newRow("add_if_not_exists")
            << Command(AlterTable{table(QStringLiteral("t")), {change(K::AddIfNotExists, QStringLiteral("a"), ColumnType::atom(QStringLiteral("text")))}})
            << QString();
        QTest::newRow("create index") << Command(CreateIndex{index(QStringLiteral("t"), QStringLiteral("a")), false})
                                      << "DROP INDEX \"t_a_index\"";
        QTest::newRow("drop index if exists") << Command(DropIndex{index(QStringLiteral("t"), QStringLiteral("a")), true, true})
                                              << "CREATE INDEX IF NOT EXISTS \"t_a_index\" ON \"t\" (\"a\")";
        QTest::newRow("rename column") << Command(RenameColumn{table(QStringLiteral("t")), QStringLiteral("a"), QStringLiteral("b")})
                                       << "ALTER TABLE \"t\" RENAME \"b\" TO \"a\"";
        QTest::newRow("rename table") << Command(RenameTable{table(QStringLiteral("a")), table(QStringLiteral("b"))})
                                      << "ALTER TABLE \"b\" RENAME TO \"a\"";
        Constraint check{QStringLiteral("t"), QStringLiteral("c"), {}, QStringLiteral("a > 0"), std::nullopt, std::nullopt, true};
        QTest::newRow("create constraint") << Command(CreateConstraint{check}) << "ALTER TABLE \"t\" DROP CONSTRAINT \"c\"";
        QTest::newRow("drop constraint") << Command(DropConstraint{check, false, false}) << QString();
        QTest::newRow("execute/1") << Command(Execute{QStringLiteral("SELECT 1"), std::nullopt, std::nullopt, std::nullopt, false}) << QString();
        QTest::newRow("execute/2") << Command(Execute{QStringLiteral("UP"), QStringLiteral("DOWN"), std::nullopt, std::nullopt, false}) << "DOWN";
        QTest::newRow("flush") << Command(Flush{}) << QString();
    }

    void reverse()
    {
        QFETCH(Command, command);
        QFETCH(QString, reversedSql);
        const Result<Command> reversed = Reverser::reverse(command);
        QCOMPARE(reversed.isOk(), !reversedSql.isEmpty());
        if (!reversed) {
            QVERIFY(!reversed.error().isEmpty());
            return;
        }
        const Result<QStringList> sql = PostgresDdl().render(*reversed);
        QVERIFY2(sql.isOk(), qPrintable(sql.error()));
        QCOMPARE(sql->join(QLatin1Char('\n')), reversedSql);
    }

    void render_data()
    {
        QTest::addColumn<Command>("command");
        QTest::addColumn<QString>("postgres"); // "!" prefix: an error is expected
        QTest::addColumn<QString>("sqlite");
        using K = ColumnChange::Kind;
        ColumnOptions pk;
        pk.primaryKey = true;
        ColumnOptions floatDefault;
        floatDefault.defaultValue = Value::floating(1.0e20);
        QTest::newRow("create with pk and reference")
            << Command(CreateTable{table(QStringLiteral("c")),
                                   {change(K::Add, QStringLiteral("id"), ColumnType::atom(QStringLiteral("bigserial")), pk),
                                    change(K::Add, QStringLiteral("p_id"), reference(QStringLiteral("p"), ForeignKeyAction::Kind::DeleteAll))},
                                   false})
            << "CREATE TABLE \"c\" (\"id\" bigserial, \"p_id\" bigint, CONSTRAINT \"c_p_id_fkey\" FOREIGN KEY (\"p_id\") REFERENCES \"p\"(\"id\") ON DELETE CASCADE, PRIMARY KEY (\"id\"))"
            << "CREATE TABLE \"c\" (\"id\" INTEGER PRIMARY KEY AUTOINCREMENT, \"p_id\" INTEGER CONSTRAINT \"c_p_id_fkey\" REFERENCES \"p\"(\"id\") ON DELETE CASCADE)";
        QTest::newRow("float default as Elixir prints it")
            << Command(AlterTable{table(QStringLiteral("t")), {change(K::Add, QStringLiteral("f"), ColumnType::atom(QStringLiteral("float")), floatDefault)}})
            << "ALTER TABLE \"t\" ADD COLUMN \"f\" float DEFAULT 1.0e20" << "ALTER TABLE \"t\" ADD COLUMN \"f\" NUMERIC DEFAULT 1.0e20";
        QTest::newRow("quote in a name is refused")
            << Command(DropTable{table(QStringLiteral("a\"b")), false, false}) << "!" << "!";
        QTest::newRow("prefix") << Command(DropTable{table(QStringLiteral("t"), QStringLiteral("s")), false, true})
                                << "DROP TABLE \"s\".\"t\" CASCADE" << "!";
        QTest::newRow("modify")
            << Command(AlterTable{table(QStringLiteral("t")), {change(K::Modify, QStringLiteral("a"), ColumnType::atom(QStringLiteral("text")))}})
            << "ALTER TABLE \"t\" ALTER COLUMN \"a\" TYPE text" << "!";
        QTest::newRow("opaque") << Command(Opaque{QStringLiteral("repo().query!(\"x\")"), 3, 5, QStringLiteral("cannot evaluate")})
                                << "!" << "!";
    }

    void render()
    {
        QFETCH(Command, command);
        QFETCH(QString, postgres);
        QFETCH(QString, sqlite);
        const Result<QStringList> pg = PostgresDdl().render(command);
        const Result<QStringList> lite = SqliteDdl().render(command);
        QCOMPARE(pg.isOk() ? pg->join(QLatin1Char('\n')) : QStringLiteral("!"), postgres);
        QCOMPARE(lite.isOk() ? lite->join(QLatin1Char('\n')) : QStringLiteral("!"), sqlite);
    }
};

QTEST_GUILESS_MAIN(TestMigrationReverse)
#include "tst_migrationreverse.moc"
