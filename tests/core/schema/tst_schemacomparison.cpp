#include "../db/sampledatabase.h"

#include "db/introspector.h"
#include "schema/schemacomparison.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ectowb;
using schema::Mismatch;
using schema::SchemaComparison;

Q_DECLARE_METATYPE(ectowb::schema::Mismatch::Kind)
Q_DECLARE_METATYPE(ectowb::db::Dialect)

// A macro, since QSKIP must return from the test function itself.
#define SKIP_WITHOUT_POSTGRES(dialect)                                                              \
    if ((dialect) == QLatin1String("postgres") && !sampledb::havePostgres())                        \
        QSKIP("PGHOST is not set: run under pg_virtualenv (pg_virtualenv ctest -R tst_schemacomparison)");

// The blog sample's schemas against a database built by the sample's own migrations
// (real SQLite, real PostgreSQL under pg_virtualenv), before and after altering it.
class TestSchemaComparison : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    project::Project m_project;
    std::shared_ptr<db::Connection> m_connection;
    std::unique_ptr<sampledb::PostgresScratch> m_scratch;

    // A freshly migrated database of `dialect`, altered by `sql`, compared with the sample.
    std::optional<QList<Mismatch>> compareAfter(const QString &dialect, const QStringList &sql,
                                                const QString &projectDir = sampledb::sampleDir(),
                                                db::Introspector::Scope scope = db::Introspector::Scope::CurrentSchema)
    {
        const project::Project project = projectDir == sampledb::sampleDir() ? m_project : project::ProjectLoader::load(projectDir);
        m_scratch.reset();
        m_connection.reset();
        db::ConnectionSettings settings;
        if (dialect == QLatin1String("postgres")) {
            settings = db::DatabaseUrl::parse(QString()).value();
        } else {
            static int n = 0;
            settings = db::ConnectionSettings::sqliteFile(m_dir.filePath(QStringLiteral("cmp%1.db").arg(++n)), true);
        }
        auto opened = db::Connection::open(settings);
        if (!opened) {
            qWarning("%s", qPrintable(opened.error()));
            return std::nullopt;
        }
        m_connection = opened.value();
        if (dialect == QLatin1String("postgres"))
            m_scratch = std::make_unique<sampledb::PostgresScratch>(m_connection, QStringLiteral("compare"));
        QString error = m_scratch ? m_scratch->error() : QString();
        if (error.isEmpty())
            error = sampledb::migrateUp(*m_connection, projectDir);
        for (const QString &statement : sql) {
            if (error.isEmpty())
                error = m_connection->exec(statement).error();
        }
        if (!error.isEmpty()) {
            qWarning("%s", qPrintable(error));
            return std::nullopt;
        }
        const auto database = db::Introspector::introspect(*m_connection, scope);
        if (!database) {
            qWarning("%s", qPrintable(database.error()));
            return std::nullopt;
        }
        return SchemaComparison::compare(project.schemas, database.value());
    }

    static QString describe(const QList<Mismatch> &mismatches)
    {
        QStringList lines;
        for (const Mismatch &m : mismatches)
            lines.append(Mismatch::kindName(m.kind) + QStringLiteral(": ") + m.message);
        return lines.join(QLatin1Char('\n'));
    }


private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = project::ProjectLoader::load(sampledb::sampleDir());
        QVERIFY(m_project.schemas.size() >= 5);
    }
    void cleanup()
    {
        m_scratch.reset();
        m_connection.reset();
    }

    void sampleMatchesItsMigrations_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgres") << QStringLiteral("postgres");
    }
    void sampleMatchesItsMigrations()
    {
        QFETCH(QString, dialect);
        SKIP_WITHOUT_POSTGRES(dialect)
        const auto mismatches = compareAfter(dialect, {});
        QVERIFY(mismatches);
        QVERIFY2(mismatches->isEmpty(), qPrintable(describe(*mismatches)));
    }

    void alterations_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QStringList>("sql");
        QTest::addColumn<Mismatch::Kind>("kind");
        QTest::addColumn<QString>("module");
        QTest::addColumn<QString>("column");
        QTest::addColumn<int>("count"); // all mismatches, so nothing else is reported

        for (const QString &dialect : {QStringLiteral("sqlite"), QStringLiteral("postgres")}) {
            const bool pg = dialect == QLatin1String("postgres");
            auto row = [&dialect](const char *name) -> QTestData & { return QTest::addRow("%s: %s", qPrintable(dialect), name); };
            row("dropped index") << dialect << QStringList{QStringLiteral("DROP INDEX comments_user_id_index")}
                                 << Mismatch::Kind::ForeignKeyWithoutIndex << QStringLiteral("Blog.Comment")
                                 << QStringLiteral("user_id") << 1;
            row("added column") << dialect << QStringList{QStringLiteral("ALTER TABLE users ADD COLUMN nickname text")}
                                << Mismatch::Kind::ColumnWithoutField << QStringLiteral("Blog.User")
                                << QStringLiteral("nickname") << 1;
            row("dropped column") << dialect << QStringList{QStringLiteral("ALTER TABLE users DROP COLUMN age")}
                                  << Mismatch::Kind::FieldWithoutColumn << QStringLiteral("Blog.User")
                                  << QStringLiteral("age") << 1;
            row("dropped join index") << dialect << QStringList{QStringLiteral("DROP INDEX posts_tags_tag_id_index")}
                                      << Mismatch::Kind::ForeignKeyWithoutIndex << QStringLiteral("Blog.Post")
                                      << QStringLiteral("tag_id") << 1;
            row("dropped join table") << dialect << QStringList{QStringLiteral("DROP TABLE posts_tags")}
                                      << Mismatch::Kind::TableMissing << QStringLiteral("Blog.Post") << QString() << 1;
            row("dropped table") << dialect << QStringList{QStringLiteral("DROP TABLE profiles")}
                                 << Mismatch::Kind::TableMissing << QStringLiteral("Blog.Profile") << QString() << 1;
            // Same table, but the user_id column lost its REFERENCES.
            const QString profiles = pg
                ? QStringLiteral("CREATE TABLE profiles (id bigserial PRIMARY KEY, bio text, website varchar(255), "
                                 "birth_date date, user_id bigint NOT NULL)")
                : QStringLiteral("CREATE TABLE profiles (id INTEGER PRIMARY KEY AUTOINCREMENT, bio TEXT, website TEXT, "
                                 "birth_date TEXT, user_id INTEGER NOT NULL)");
            row("no foreign key") << dialect
                                  << QStringList{QStringLiteral("DROP TABLE profiles"), profiles,
                                                 QStringLiteral("CREATE UNIQUE INDEX profiles_user_id_index ON profiles (user_id)")}
                                  << Mismatch::Kind::AssociationWithoutForeignKey << QStringLiteral("Blog.Profile")
                                  << QStringLiteral("user_id") << 1;
            row("retyped column") << dialect
                                  << QStringList{QStringLiteral("DROP INDEX tags_slug_index"), QStringLiteral("ALTER TABLE tags DROP COLUMN slug"),
                                                 QStringLiteral("ALTER TABLE tags ADD COLUMN slug integer")}
                                  << Mismatch::Kind::TypeMismatch << QStringLiteral("Blog.Tag") << QStringLiteral("slug") << 1;
        }
    }
    void alterations()
    {
        QFETCH(QString, dialect);
        QFETCH(QStringList, sql);
        QFETCH(Mismatch::Kind, kind);
        QFETCH(QString, module);
        QFETCH(QString, column);
        QFETCH(int, count);
        SKIP_WITHOUT_POSTGRES(dialect)
        const auto mismatches = compareAfter(dialect, sql);
        QVERIFY(mismatches);
        QVERIFY2(mismatches->size() == count, qPrintable(describe(*mismatches)));
        const Mismatch &m = mismatches->first();
        QCOMPARE(Mismatch::kindName(m.kind), Mismatch::kindName(kind));
        QCOMPARE(m.module, module);
        QCOMPARE(m.column, column);
        QVERIFY(!m.message.isEmpty());
        QVERIFY2(m.message.contains(module), qPrintable(m.message));
    }

    // The shop fixture: binary ids, a @schema_prefix'd table made by its migration in
    // its own PostgreSQL schema, a wrapper macro adding fields the migration lacks.
    void shopFixture()
    {
        if (!sampledb::havePostgres())
            QSKIP("PGHOST is not set: run under pg_virtualenv (pg_virtualenv ctest -R tst_schemacomparison)");
        const QString shop = QStringLiteral(ECTOWB_TEST_DATA "/projects/shop");
        // The migration creates the fixed schema "catalog": start and end without it.
        auto dropCatalog = [this] {
            if (m_connection)
                m_connection->exec(QStringLiteral("DROP SCHEMA IF EXISTS catalog CASCADE"));
        };
        const auto mismatches = compareAfter(QStringLiteral("postgres"), {QStringLiteral("SELECT 1")}, shop,
                                             db::Introspector::Scope::AllSchemas);
        dropCatalog();
        QVERIFY(mismatches);
        QStringList found;
        for (const Mismatch &m : *mismatches)
            found.append(Mismatch::kindName(m.kind) + QLatin1Char(' ') + m.module + QLatin1Char(' ') + m.column);
        // Category's binary ids are uuid columns in "catalog": only the missing index on
        // parent_id is wrong. The other schemas have no migration.
        QCOMPARE(found, (QStringList{QStringLiteral("foreign_key_without_index Shop.Catalog.Category parent_id"),
                                     QStringLiteral("table_missing Shop.Catalog.Feature "),
                                     QStringLiteral("table_missing Shop.Catalog.Image "),
                                     QStringLiteral("table_missing Shop.Catalog.Product "),
                                     QStringLiteral("table_missing Shop.Catalog.Variant ")}));
        QCOMPARE(mismatches->first().table, QStringLiteral("catalog.categories"));
    }

    void severities()
    {
        const auto mismatches = compareAfter(QStringLiteral("sqlite"), {QStringLiteral("DROP TABLE profiles"),
                                                                     QStringLiteral("ALTER TABLE users ADD COLUMN nickname TEXT")});
        QVERIFY(mismatches);
        QCOMPARE(mismatches->size(), 2);
        for (const Mismatch &m : *mismatches) {
            if (m.kind == Mismatch::Kind::TableMissing)
                QCOMPARE(m.severity, Mismatch::Severity::Error);
            else
                QCOMPARE(m.severity, Mismatch::Severity::Info);
        }
    }

    // Without a database: prefixes, `source:` columns, virtual fields, and two
    // schemas over one table.
    void handBuilt()
    {
        db::DatabaseSchema database;
        database.dialect = db::Dialect::Postgres;
        database.currentSchema = QStringLiteral("public");
        db::Table accounts;
        accounts.schema = QStringLiteral("billing");
        accounts.name = QStringLiteral("accounts");
        for (const auto &[name, type] : {std::pair{"id", "bigint"}, {"balance_cents", "bigint"}, {"note", "text"}})
            accounts.columns.append({QString::fromLatin1(name), QString::fromLatin1(type), true, QString()});
        accounts.primaryKey = {QStringLiteral("id")};
        database.tables.append(accounts);

        auto field = [](const char *name, const char *type, const char *source = nullptr) {
            schema::Field f;
            f.name = QString::fromLatin1(name);
            f.type = schema::EctoType::primitive(QString::fromLatin1(type));
            f.source = source ? QString::fromLatin1(source) : f.name;
            return f;
        };
        schema::Schema full;
        full.module = QStringLiteral("Billing.Account");
        full.source = QStringLiteral("accounts");
        full.prefix = QStringLiteral("billing");
        full.fields = {field("id", "id"), field("balance", "integer", "balance_cents")};
        schema::Field virtualField = field("display", "string");
        virtualField.isVirtual = true;
        full.virtualFields = {virtualField};
        schema::Schema summary = full;
        summary.module = QStringLiteral("Billing.AccountNote");
        summary.fields = {field("id", "id"), field("note", "string")};

        QList<Mismatch> mismatches = SchemaComparison::compare({full, summary}, database);
        QVERIFY2(mismatches.isEmpty(), qPrintable(describe(mismatches)));

        // Alone, the first schema leaves `note` unmapped.
        mismatches = SchemaComparison::compare({full}, database);
        QCOMPARE(mismatches.size(), 1);
        QCOMPARE(mismatches.first().kind, Mismatch::Kind::ColumnWithoutField);
        QCOMPARE(mismatches.first().column, QStringLiteral("note"));
        QCOMPARE(mismatches.first().table, QStringLiteral("billing.accounts"));

        // Without the prefix, Ecto would look in the current schema.
        full.prefix.clear();
        mismatches = SchemaComparison::compare({full}, database);
        QCOMPARE(mismatches.size(), 1);
        QCOMPARE(mismatches.first().kind, Mismatch::Kind::TableMissing);
        QCOMPARE(mismatches.first().severity, Mismatch::Severity::Error);

        // Embedded schemas have no table to miss.
        full.embedded = true;
        full.source.clear();
        QVERIFY(SchemaComparison::compare({full}, database).isEmpty());
    }

    void typeCompatible_data()
    {
        QTest::addColumn<QString>("ecto");
        QTest::addColumn<QString>("column");
        QTest::addColumn<db::Dialect>("dialect");
        QTest::addColumn<bool>("compatible");
        const auto pg = db::Dialect::Postgres;
        const auto lite = db::Dialect::Sqlite;
        auto p = [](const char *n) { return QString::fromLatin1(n); };
        QTest::newRow("pg string varchar") << p("string") << p("character varying(255)") << pg << true;
        QTest::newRow("pg string text") << p("string") << p("text") << pg << true;
        QTest::newRow("pg string integer") << p("string") << p("integer") << pg << false;
        QTest::newRow("pg id bigint") << p("id") << p("bigint") << pg << true;
        QTest::newRow("pg integer boolean") << p("integer") << p("boolean") << pg << false;
        QTest::newRow("pg utc timestamp0") << p("utc_datetime") << p("timestamp(0) without time zone") << pg << true;
        QTest::newRow("pg utc timestamptz") << p("utc_datetime") << p("timestamp with time zone") << pg << true;
        QTest::newRow("pg naive date") << p("naive_datetime") << p("date") << pg << false;
        QTest::newRow("pg decimal numeric") << p("decimal") << p("numeric(10,2)") << pg << true;
        QTest::newRow("pg float double") << p("float") << p("double precision") << pg << true;
        QTest::newRow("pg float text") << p("float") << p("text") << pg << false;
        QTest::newRow("pg binary_id uuid") << p("binary_id") << p("uuid") << pg << true;
        QTest::newRow("pg binary_id varchar") << p("binary_id") << p("character varying(255)") << pg << false;
        QTest::newRow("pg map jsonb") << p("map") << p("jsonb") << pg << true;
        QTest::newRow("pg map text") << p("map") << p("text") << pg << false;
        QTest::newRow("pg enum type is not judged") << p("string") << p("post_status") << pg << true;
        QTest::newRow("sqlite string TEXT") << p("string") << p("TEXT") << lite << true;
        QTest::newRow("sqlite string VARCHAR(20)") << p("string") << p("VARCHAR(20)") << lite << true;
        QTest::newRow("sqlite string INTEGER") << p("string") << p("INTEGER") << lite << false;
        QTest::newRow("sqlite boolean INTEGER") << p("boolean") << p("INTEGER") << lite << true;
        QTest::newRow("sqlite boolean BOOLEAN") << p("boolean") << p("BOOLEAN") << lite << true;
        QTest::newRow("sqlite datetime TEXT") << p("utc_datetime") << p("TEXT") << lite << true;
        QTest::newRow("sqlite datetime BLOB") << p("utc_datetime") << p("BLOB") << lite << false;
        QTest::newRow("sqlite float NUMERIC") << p("float") << p("NUMERIC") << lite << true;
        QTest::newRow("sqlite decimal DECIMAL(10,2)") << p("decimal") << p("DECIMAL(10,2)") << lite << true;
        QTest::newRow("sqlite binary_id TEXT") << p("binary_id") << p("TEXT") << lite << true;
        QTest::newRow("sqlite binary BLOB") << p("binary") << p("BLOB") << lite << true;
        QTest::newRow("sqlite binary TEXT") << p("binary") << p("TEXT") << lite << false;
        QTest::newRow("sqlite integer TEXT") << p("integer") << p("TEXT") << lite << false;
    }
    void typeCompatible()
    {
        QFETCH(QString, ecto);
        QFETCH(QString, column);
        QFETCH(db::Dialect, dialect);
        QTEST(SchemaComparison::typeCompatible(schema::EctoType::primitive(ecto), column, dialect), "compatible");
    }

    void compositeTypes()
    {
        using schema::EctoType;
        const auto pg = db::Dialect::Postgres;
        const EctoType strings = EctoType::array(EctoType::primitive(QStringLiteral("string")));
        QVERIFY(SchemaComparison::typeCompatible(strings, QStringLiteral("character varying(255)[]"), pg));
        QVERIFY(!SchemaComparison::typeCompatible(strings, QStringLiteral("integer[]"), pg));
        QVERIFY(!SchemaComparison::typeCompatible(strings, QStringLiteral("text"), pg));
        QVERIFY(SchemaComparison::typeCompatible(strings, QStringLiteral("TEXT"), db::Dialect::Sqlite));
        const EctoType uuid = EctoType::custom(QStringLiteral("Ecto.UUID"));
        QVERIFY(SchemaComparison::typeCompatible(uuid, QStringLiteral("uuid"), pg));
        QVERIFY(!SchemaComparison::typeCompatible(uuid, QStringLiteral("bigint"), pg));
        const EctoType embed = EctoType::embedded(QStringLiteral("Blog.Address"), false);
        QVERIFY(SchemaComparison::typeCompatible(embed, QStringLiteral("jsonb"), pg));
        QVERIFY(!SchemaComparison::typeCompatible(embed, QStringLiteral("integer"), pg));
        const EctoType status = EctoType::enumeration({{QStringLiteral("draft"), QStringLiteral("draft")}});
        QVERIFY(SchemaComparison::typeCompatible(status, QStringLiteral("character varying(255)"), pg));
        QVERIFY(!SchemaComparison::typeCompatible(status, QStringLiteral("boolean"), pg));
    }
};

QTEST_GUILESS_MAIN(TestSchemaComparison)
#include "tst_schemacomparison.moc"
