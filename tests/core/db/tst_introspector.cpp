#include "sampledatabase.h"

#include "db/introspector.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace ectowb::db;

// Builds the blog sample with its own migrations on a real SQLite file and a real
// PostgreSQL (under pg_virtualenv), then checks what introspection reports.
class TestIntrospector : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Connection> m_connection;
    std::unique_ptr<sampledb::PostgresScratch> m_scratch;
    DatabaseSchema m_schema;

    // Opens a fresh database of `dialect`, migrates it and introspects it into m_schema.
    bool prepare(const QString &dialect, const QStringList &extraSql = {})
    {
        m_scratch.reset();
        m_connection.reset();
        ConnectionSettings settings;
        if (dialect == QLatin1String("postgres")) {
            if (!sampledb::havePostgres()) {
                qWarning("PGHOST is not set: run under pg_virtualenv (pg_virtualenv ctest -R tst_introspector)");
                return false;
            }
            settings = DatabaseUrl::parse(QString()).value();
        } else {
            static int n = 0;
            settings = ConnectionSettings::sqliteFile(m_dir.filePath(QStringLiteral("blog%1.db").arg(++n)), true);
        }
        auto opened = Connection::open(settings);
        [&] { QVERIFY2(opened.isOk(), qPrintable(opened.error())); }();
        if (!opened)
            return false;
        m_connection = opened.value();
        if (dialect == QLatin1String("postgres")) {
            m_scratch = std::make_unique<sampledb::PostgresScratch>(m_connection, QStringLiteral("introspect"));
            [&] { QVERIFY2(m_scratch->error().isEmpty(), qPrintable(m_scratch->error())); }();
        }
        const QString error = sampledb::migrateUp(*m_connection);
        [&] { QVERIFY2(error.isEmpty(), qPrintable(error)); }();
        for (const QString &sql : extraSql) {
            const auto done = m_connection->exec(sql);
            [&] { QVERIFY2(done.isOk(), qPrintable(done.error())); }();
        }
        auto introspected = Introspector::introspect(*m_connection, Introspector::Scope::CurrentSchema);
        [&] { QVERIFY2(introspected.isOk(), qPrintable(introspected.error())); }();
        if (!introspected)
            return false;
        m_schema = introspected.value();
        return !QTest::currentTestFailed();
    }

    static void dialects()
    {
        QTest::addColumn<QString>("dialect");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgres") << QStringLiteral("postgres");
    }

#define PREPARE(...)                                                                   \
    QFETCH(QString, dialect);                                                          \
    if (dialect == QLatin1String("postgres") && !sampledb::havePostgres())             \
        QSKIP("PGHOST is not set: run under pg_virtualenv (pg_virtualenv ctest -R tst_introspector)"); \
    if (!prepare(dialect, QStringList{__VA_ARGS__}))                                                  \
        return;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup()
    {
        m_scratch.reset();
        m_connection.reset();
    }

    void tables_data() { dialects(); }
    void tables()
    {
        PREPARE(QStringLiteral("CREATE TABLE schema_migrations (version bigint PRIMARY KEY, inserted_at timestamp)"));
        QStringList names;
        for (const Table &t : m_schema.tables)
            names.append(t.name);
        QCOMPARE(names, (QStringList{QStringLiteral("comments"), QStringLiteral("posts"), QStringLiteral("posts_tags"),
                                     QStringLiteral("profiles"), QStringLiteral("schema_migrations"),
                                     QStringLiteral("tags"), QStringLiteral("users")}));
        QVERIFY(m_schema.table(QStringLiteral("schema_migrations"))->ectoBookkeeping);
        QVERIFY(!m_schema.table(QStringLiteral("users"))->ectoBookkeeping);
        QVERIFY2(!m_schema.table(QStringLiteral("published_posts")), "views are not tables");
        QCOMPARE(m_schema.dialect, dialect == QLatin1String("postgres") ? Dialect::Postgres : Dialect::Sqlite);
        if (m_scratch)
            QCOMPARE(m_schema.currentSchema, m_scratch->schema());
    }

    void columns_data() { dialects(); }
    void columns()
    {
        PREPARE();
        const Table *users = m_schema.table(QStringLiteral("users"));
        QVERIFY(users);
        QStringList names;
        for (const Column &c : users->columns)
            names.append(c.name);
        QCOMPARE(names.join(QLatin1Char(',')),
                 QStringLiteral("id,name,email,age,password_hash,inserted_at,updated_at,is_active,role"));
        QCOMPARE(users->primaryKey, QStringList{QStringLiteral("id")});
        QVERIFY(!users->column(QStringLiteral("id"))->nullable);
        QVERIFY(!users->column(QStringLiteral("name"))->nullable);
        QVERIFY(users->column(QStringLiteral("age"))->nullable);
        QVERIFY2(users->column(QStringLiteral("role"))->defaultValue.contains(QLatin1String("'reader'")),
                 qPrintable(users->column(QStringLiteral("role"))->defaultValue));
        const bool pg = dialect == QLatin1String("postgres");
        QCOMPARE(users->column(QStringLiteral("name"))->type, pg ? QStringLiteral("character varying(255)") : QStringLiteral("TEXT"));
        QCOMPARE(users->column(QStringLiteral("id"))->type, pg ? QStringLiteral("bigint") : QStringLiteral("INTEGER"));
        QCOMPARE(users->column(QStringLiteral("is_active"))->defaultValue, pg ? QStringLiteral("true") : QStringLiteral("true"));
        const Table *comments = m_schema.table(QStringLiteral("comments"));
        QVERIFY2(comments->column(QStringLiteral("body")), "the rename migration ran");
        QVERIFY(!comments->column(QStringLiteral("content")));
        QVERIFY(m_schema.table(QStringLiteral("posts_tags"))->primaryKey.isEmpty());
    }

    void indexes_data() { dialects(); }
    void indexes()
    {
        PREPARE(QStringLiteral("CREATE INDEX posts_recent_published ON posts (inserted_at DESC) WHERE published"));
        auto find = [](const Table *t, const QString &name) -> const Index * {
            for (const Index &i : t->indexes) {
                if (i.name == name)
                    return &i;
            }
            return nullptr;
        };
        const Table *users = m_schema.table(QStringLiteral("users"));
        const Index *email = find(users, QStringLiteral("users_email_index"));
        QVERIFY(email);
        QVERIFY(email->unique);
        QCOMPARE(email->columns, QStringList{QStringLiteral("email")});
        QVERIFY(!find(users, QStringLiteral("users_role_index"))->unique);

        const Table *posts = m_schema.table(QStringLiteral("posts"));
        const Index *both = find(posts, QStringLiteral("posts_published_published_at_index"));
        QVERIFY(both);
        QCOMPARE(both->columns, (QStringList{QStringLiteral("published"), QStringLiteral("published_at")}));
        QVERIFY(both->predicate.isEmpty());
        const Index *partial = find(posts, QStringLiteral("posts_recent_published"));
        QVERIFY(partial);
        QCOMPARE(partial->predicate, QStringLiteral("published"));

        const Index *lower = find(m_schema.table(QStringLiteral("tags")), QStringLiteral("tags_lower_name_index"));
        QVERIFY(lower);
        QVERIFY(lower->unique);
        QCOMPARE(lower->columns.size(), 1);
        QVERIFY2(lower->columns.first().startsWith(QLatin1String("lower(name")), qPrintable(lower->columns.first()));

        QVERIFY(posts->hasIndexLeadingWith(QStringLiteral("author_id")));
        QVERIFY(posts->hasIndexLeadingWith(QStringLiteral("id")));
        QVERIFY2(!posts->hasIndexLeadingWith(QStringLiteral("title")), "title has no index");
        QVERIFY2(!posts->hasIndexLeadingWith(QStringLiteral("published_at")), "second columns do not count");
    }

    void foreignKeys_data() { dialects(); }
    void foreignKeys()
    {
        PREPARE();
        const Table *posts = m_schema.table(QStringLiteral("posts"));
        const ForeignKey *author = posts->foreignKeyOn(QStringLiteral("author_id"));
        QVERIFY(author);
        QCOMPARE(author->name, QStringLiteral("posts_author_id_fkey"));
        QCOMPARE(author->referencedTable, QStringLiteral("users"));
        QCOMPARE(author->referencedColumns, QStringList{QStringLiteral("id")});
        QCOMPARE(author->onDelete, QStringLiteral("SET NULL"));
        QCOMPARE(author->onUpdate, QStringLiteral("NO ACTION"));

        const Table *joins = m_schema.table(QStringLiteral("posts_tags"));
        QCOMPARE(joins->foreignKeys.size(), 2);
        QCOMPARE(joins->foreignKeyOn(QStringLiteral("tag_id"))->onDelete, QStringLiteral("CASCADE"));
        QCOMPARE(joins->foreignKeyOn(QStringLiteral("tag_id"))->referencedTable, QStringLiteral("tags"));
        QVERIFY(!m_schema.table(QStringLiteral("users"))->foreignKeyOn(QStringLiteral("id")));
    }

    void compositeForeignKey_data() { dialects(); }
    void compositeForeignKey()
    {
        PREPARE(QStringLiteral("CREATE TABLE pairs (a integer, b integer, PRIMARY KEY (a, b))"),
                 QStringLiteral("CREATE TABLE pair_refs (id integer PRIMARY KEY, x integer, y integer, "
                                "CONSTRAINT pair_refs_xy_fkey FOREIGN KEY (x, y) REFERENCES pairs (a, b) ON DELETE RESTRICT)"));
        const Table *pairs = m_schema.table(QStringLiteral("pairs"));
        QCOMPARE(pairs->primaryKey, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        const Table *refs = m_schema.table(QStringLiteral("pair_refs"));
        QCOMPARE(refs->foreignKeys.size(), 1);
        const ForeignKey &fk = refs->foreignKeys.first();
        QCOMPARE(fk.name, QStringLiteral("pair_refs_xy_fkey"));
        QCOMPARE(fk.columns, (QStringList{QStringLiteral("x"), QStringLiteral("y")}));
        QCOMPARE(fk.referencedColumns, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(fk.onDelete, QStringLiteral("RESTRICT"));
    }

    // A second schema, as an Ecto @schema_prefix would use: seen with AllSchemas,
    // found by DatabaseSchema::table(name, prefix), and referenced across schemas.
    void otherSchemas()
    {
        if (!sampledb::havePostgres())
            QSKIP("PGHOST is not set: run under pg_virtualenv (pg_virtualenv ctest -R tst_introspector)");
        QVERIFY(prepare(QStringLiteral("postgres")));
        sampledb::PostgresScratch other(m_connection, QStringLiteral("other"));
        QVERIFY2(other.error().isEmpty(), qPrintable(other.error()));
        // `other` switched search_path; switch back so the sample's schema is current.
        QVERIFY(m_connection->exec(QStringLiteral("SET search_path TO ") + m_scratch->schema()).isOk());
        const QString accounts = other.schema() + QStringLiteral(".accounts");
        QVERIFY(m_connection->exec(QStringLiteral("CREATE TABLE ") + accounts + QStringLiteral(" (id bigserial PRIMARY KEY, owner_id bigint REFERENCES users (id))")).isOk());
        QVERIFY(m_connection->exec(QStringLiteral("ALTER TABLE posts ADD COLUMN account_id bigint CONSTRAINT posts_account_id_fkey REFERENCES ") + accounts).isOk());

        const auto all = Introspector::introspect(*m_connection, Introspector::Scope::AllSchemas);
        QVERIFY2(all.isOk(), qPrintable(all.error()));
        QCOMPARE(all->currentSchema, m_scratch->schema());
        const Table *table = all->table(QStringLiteral("accounts"), other.schema());
        QVERIFY(table);
        QCOMPARE(table->schema, other.schema());
        QVERIFY2(!all->table(QStringLiteral("accounts")), "not in the current schema");
        QCOMPARE(table->foreignKeys.value(0).referencedSchema, m_scratch->schema());
        const ForeignKey *fk = all->table(QStringLiteral("posts"))->foreignKeyOn(QStringLiteral("account_id"));
        QVERIFY(fk);
        QCOMPARE(fk->referencedSchema, other.schema());
        QCOMPARE(fk->referencedTable, QStringLiteral("accounts"));

        const auto current = Introspector::introspect(*m_connection, Introspector::Scope::CurrentSchema);
        QVERIFY(current.isOk());
        QVERIFY2(!current->table(QStringLiteral("accounts"), other.schema()), "CurrentSchema leaves other schemas out");
        QVERIFY(current->table(QStringLiteral("posts")));
    }

    void progressAndCancel_data() { dialects(); }
    void progressAndCancel()
    {
        PREPARE();
        QList<QPair<int, int>> seen;
        const auto all = Introspector::introspect(*m_connection, Introspector::Scope::CurrentSchema, [&seen](int done, int total) {
            seen.append({done, total});
            return true;
        });
        QVERIFY(all.isOk());
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.last().first, seen.last().second);
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY(seen[i].first > seen[i - 1].first);

        int calls = 0;
        const auto cancelled = Introspector::introspect(*m_connection, Introspector::Scope::CurrentSchema, [&calls](int, int) {
            return ++calls < 2;
        });
        QVERIFY(!cancelled.isOk());
        QCOMPARE(cancelled.error(), Introspector::cancelled().message);
        QCOMPARE(calls, 2);
    }

    void json_data() { dialects(); }
    void json()
    {
        PREPARE();
        const QJsonObject json = m_schema.toJson();
        QCOMPARE(json.value(QStringLiteral("dialect")).toString(), dialect);
        const QJsonArray tables = json.value(QStringLiteral("tables")).toArray();
        QCOMPARE(tables.size(), m_schema.tables.size());
        QJsonObject users;
        for (const auto &t : tables) {
            if (t.toObject().value(QStringLiteral("name")).toString() == QLatin1String("users"))
                users = t.toObject();
        }
        QCOMPARE(users.value(QStringLiteral("columns")).toArray().size(), 9);
        QCOMPARE(users.value(QStringLiteral("primaryKey")).toArray().first().toString(), QStringLiteral("id"));
    }
};

QTEST_GUILESS_MAIN(TestIntrospector)
#include "tst_introspector.moc"
