// Repo.insert/update/delete of a changeset on a real database, each case on SQLite
// and on PostgreSQL (the postgres rows need pg_virtualenv): the sample's migrations
// build the tables; constraint violations from a rolled-back insert come back as the
// errors Ecto gives (or the exception it raises), nothing is left behind by a try,
// and a save writes the row with its timestamps as Ecto fills them.
#include "changeset/changesetinspect.h"
#include "changeset/changesetpersistence.h"
#include "changeset/changesetrunner.h"
#include "changeset/rowloader.h"
#include "value/termjson.h"
#include "migration/migrator.h"
#include "project/projectloader.h"

#include "throwawaypostgres.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace ectowb;
using namespace ectowb::changeset;
using namespace ectowb::value;

namespace {

const QString blogRoot = QStringLiteral(ECTOWB_SOURCE_DIR "/resources/sample/blog");
const QString stepsRoot = QStringLiteral(ECTOWB_TEST_DATA "/projects/changesets");

Term json(const char *text)
{
    Result<Term> t = TermJson::parse(QByteArray(text));
    Q_ASSERT(t.isOk());
    return *t;
}

QString keysText(const ChangesetError &e)
{
    QStringList out;
    for (const auto &[k, v] : e.keys)
        out << k + QLatin1Char('=') + v.toElixirString();
    return out.join(QLatin1Char(','));
}

QString errorsText(const Changeset &cs)
{
    QStringList out;
    for (const ChangesetError &e : cs.errors)
        out << e.field + QStringLiteral(": ") + e.message + QStringLiteral(" [") + keysText(e) + QLatin1Char(']');
    return out.join(QStringLiteral("; "));
}

QString kindName(RepoOutcome::Kind kind)
{
    switch (kind) {
    case RepoOutcome::Kind::Ok:
        return QStringLiteral("ok");
    case RepoOutcome::Kind::Invalid:
        return QStringLiteral("invalid");
    case RepoOutcome::Kind::Raised:
        return QStringLiteral("raised");
    }
    return QString();
}

Term valueOf(const std::vector<std::pair<QString, Term>> &values, const QString &field)
{
    for (const auto &[k, v] : values) {
        if (k == field)
            return v;
    }
    return Term::nil();
}

} // namespace

class TestChangesetPersistence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void dialects_data();
    void uniqueViolationRollsBack_data() { dialects_data(); }
    void uniqueViolationRollsBack();
    void foreignKeyViolation_data() { dialects_data(); }
    void foreignKeyViolation();
    void expressionIndexAndCheckConstraint_data() { dialects_data(); }
    void expressionIndexAndCheckConstraint();
    void unmappedErrorIsRaised_data() { dialects_data(); }
    void unmappedErrorIsRaised();
    void tryInsertLeavesNothing_data() { dialects_data(); }
    void tryInsertLeavesNothing();
    void loadAndUpdate_data() { dialects_data(); }
    void loadAndUpdate();
    void everyTypeRoundTrips_data() { dialects_data(); }
    void everyTypeRoundTrips();
    void invalidOrUnevaluatedNeverWrites_data() { dialects_data(); }
    void invalidOrUnevaluatedNeverWrites();

private:
    struct Database
    {
        db::ConnectionSettings settings;
        std::shared_ptr<db::Connection> connection;
    };
    // A fresh database of `dialect` with every migration of the project applied.
    Database freshDatabase(const QString &dialect, const project::Project &project);
    qint64 count(Database &database, const QString &table);
    RepoOutcome persist(Database &database, ChangesetRunner &runner, const QString &module, const QString &function,
                        const Term &data, const Term &params, RepoAction action, ChangesetPersistence::Mode mode);

    QTemporaryDir m_dir;
    project::Project m_blog;
    project::Project m_steps;
    std::unique_ptr<ChangesetRunner> m_blogRunner;
    std::unique_ptr<ChangesetRunner> m_stepsRunner;
    testsupport::ThrowawayPostgres m_postgres;
};

void TestChangesetPersistence::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_blog = project::ProjectLoader::load(blogRoot);
    m_steps = project::ProjectLoader::load(stepsRoot);
    QVERIFY(m_blog.errors.isEmpty() && m_steps.errors.isEmpty());
    m_blogRunner = std::make_unique<ChangesetRunner>(m_blog);
    m_stepsRunner = std::make_unique<ChangesetRunner>(m_steps);
    if (testsupport::ThrowawayPostgres::configured())
        m_postgres.connectFromEnvironment();
}

void TestChangesetPersistence::cleanup()
{
    m_postgres.dropAll();
}

void TestChangesetPersistence::dialects_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgres") << QStringLiteral("postgres");
}

TestChangesetPersistence::Database TestChangesetPersistence::freshDatabase(const QString &dialect,
                                                                           const project::Project &project)
{
    Database out;
    const QString name = QStringLiteral("wb_cs_%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    if (dialect == QLatin1String("sqlite")) {
        out.settings = db::ConnectionSettings::sqliteFile(m_dir.filePath(name + QStringLiteral(".db")), true);
    } else {
        QString error;
        out.settings = m_postgres.createDatabase(QStringLiteral("wb_cs"), &error);
        if (!error.isEmpty())
            return out;
    }
    const migration::MigrationRun run =
        migration::Migrator(out.settings, project.migrations).run(migration::Direction::Up, migration::MigrationSelection::all());
    if (!run.ok()) {
        qWarning("migrating failed: %s", qPrintable(run.errorText()));
        return out;
    }
    out.settings.createIfMissing = false;
    auto opened = db::Connection::open(out.settings);
    if (opened)
        out.connection = *opened;
    return out;
}

qint64 TestChangesetPersistence::count(Database &database, const QString &table)
{
    auto rows = database.connection->exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table));
    return rows ? rows->rows.value(0).value(0).toLongLong() : -1;
}

RepoOutcome TestChangesetPersistence::persist(Database &database, ChangesetRunner &runner, const QString &module,
                                              const QString &function, const Term &data, const Term &params,
                                              RepoAction action, ChangesetPersistence::Mode mode)
{
    Result<Changeset> cs = runner.run(module, function, data, params);
    if (!cs) {
        RepoOutcome failed;
        failed.raised = Error{QStringLiteral("the changeset function raised: ") + cs.error()};
        return failed;
    }
    return ChangesetPersistence::run(*database.connection, *cs, action, mode);
}

#define FRESH(var, project)                                                                                          \
    QFETCH(QString, dialect);                                                                                        \
    if (dialect == QLatin1String("postgres") && !m_postgres.isConnected())                                           \
        QSKIP("PGHOST is not set: run under pg_virtualenv (pg_virtualenv ctest -R tst_changesetpersistence)");       \
    Database var = freshDatabase(dialect, project);                                                                  \
    QVERIFY2(var.connection, "could not create and migrate the database");                                           \
    const bool postgres = dialect == QLatin1String("postgres");                                                      \
    Q_UNUSED(postgres)

void TestChangesetPersistence::uniqueViolationRollsBack()
{
    FRESH(database, m_blog);
    const QString user = QStringLiteral("Blog.User");
    const QString registration = QStringLiteral("registration_changeset");
    const Term ada = json(R"({"name": "Ada", "email": "ada@example.com", "password": "correct horse"})");
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    RepoOutcome saved = persist(database, *m_blogRunner, user, registration, Term::nil(), ada, RepoAction::Insert,
                                ChangesetPersistence::Mode::Save);
    QVERIFY2(saved.kind == RepoOutcome::Kind::Ok, qPrintable(saved.raised.text() + errorsText(saved.changeset)));
    QVERIFY(saved.committed);
    QCOMPARE(count(database, QStringLiteral("users")), 1);
    // The id came back through RETURNING; timestamps are one NaiveDateTime in seconds.
    QVERIFY(valueOf(saved.values, QStringLiteral("id")).isInteger());
    const Term inserted = valueOf(saved.values, QStringLiteral("inserted_at"));
    QCOMPARE(inserted.kind(), Term::Kind::NaiveDateTime);
    QCOMPARE(inserted.timeValue().microsecond, 0);
    QVERIFY(inserted == valueOf(saved.values, QStringLiteral("updated_at")));
    const QDateTime at(inserted.dateValue(), QTime(inserted.timeValue().hour, inserted.timeValue().minute,
                                                    inserted.timeValue().second), QTimeZone::utc());
    QVERIFY2(at >= before && at <= QDateTime::currentDateTimeUtc(), qPrintable(inserted.isoText()));
    // The virtual password never reaches the table.
    QVERIFY(!saved.statement->sql.contains(QLatin1String("\"password\"")));
    const QString expectedSql =
        postgres ? QStringLiteral("INSERT INTO \"users\" (\"email\",\"inserted_at\",\"is_active\",\"name\",\"role\",\"updated_at\") "
                                  "VALUES ($1,$2,$3,$4,$5,$6) RETURNING \"id\"")
                 // ecto_sqlite3 numbers its placeholders (?1, ?2...), as the query core renders them
                 : QStringLiteral("INSERT INTO \"users\" (\"email\",\"inserted_at\",\"is_active\",\"name\",\"role\",\"updated_at\") "
                                  "VALUES (?1,?2,?3,?4,?5,?6) RETURNING \"id\"");
    QCOMPARE(saved.statement->displaySql, expectedSql);

    const Term again = json(R"({"name": "Ada Two", "email": "ada@example.com", "password": "another secret"})");
    RepoOutcome taken = persist(database, *m_blogRunner, user, registration, Term::nil(), again, RepoAction::Insert,
                                ChangesetPersistence::Mode::Try);
    QCOMPARE(kindName(taken.kind), QStringLiteral("invalid"));
    QCOMPARE(errorsText(taken.changeset),
             QStringLiteral("email: has already been taken [constraint=unique,constraint_name=users_email_index]"));
    QVERIFY(!taken.changeset.valid);
    QCOMPARE(taken.changeset.action, QStringLiteral("insert"));
    QCOMPARE(count(database, QStringLiteral("users")), 1);
    QVERIFY(ChangesetInspect::inspect(taken.changeset).contains(
        QLatin1String("errors: [\n    email: {\"has already been taken\", [constraint: :unique, constraint_name: \"users_email_index\"]}")));
}

void TestChangesetPersistence::foreignKeyViolation()
{
    FRESH(database, m_blog);
    const Term post = json(R"({"title": "Dangling", "body": "an author that is not there", "author_id": 999})");
    RepoOutcome outcome = persist(database, *m_blogRunner, QStringLiteral("Blog.Post"), QStringLiteral("changeset"),
                                  Term::nil(), post, RepoAction::Insert, ChangesetPersistence::Mode::Try);
    if (postgres) {
        QCOMPARE(kindName(outcome.kind), QStringLiteral("invalid"));
        QCOMPARE(errorsText(outcome.changeset),
                 QStringLiteral("author_id: does not exist [constraint=foreign,constraint_name=posts_author_id_fkey]"));
    } else {
        // ecto_sqlite3 reports [foreign_key: nil]: no constraint name matches nil, Ecto raises.
        QCOMPARE(kindName(outcome.kind), QStringLiteral("raised"));
        QCOMPARE(outcome.raised.kind, QStringLiteral("Ecto.ConstraintError"));
        QVERIFY2(outcome.raised.message.startsWith(QLatin1String("constraint error when attempting to insert struct:\n\n"
                                                                 "    * nil (foreign_key_constraint)")),
                 qPrintable(outcome.raised.message));
        QVERIFY(outcome.raised.message.contains(QLatin1String("    * \"posts_author_id_fkey\" (foreign_key_constraint)")));
    }
    QCOMPARE(count(database, QStringLiteral("posts")), 0);
    // assoc_constraint names the same key with its own message type.
    const Term comment = json(R"({"body": "first!", "post_id": 4242})");
    RepoOutcome orphan = persist(database, *m_blogRunner, QStringLiteral("Blog.Comment"), QStringLiteral("create_changeset"),
                                 Term::nil(), comment, RepoAction::Insert, ChangesetPersistence::Mode::Try);
    if (postgres)
        QCOMPARE(errorsText(orphan.changeset),
                 QStringLiteral("post: does not exist [constraint=assoc,constraint_name=comments_post_id_fkey]"));
    else
        QCOMPARE(kindName(orphan.kind), QStringLiteral("raised"));
    QCOMPARE(count(database, QStringLiteral("comments")), 0);
}

void TestChangesetPersistence::expressionIndexAndCheckConstraint()
{
    FRESH(database, m_blog);
    const QString tag = QStringLiteral("Blog.Tag");
    RepoOutcome first = persist(database, *m_blogRunner, tag, QStringLiteral("changeset"), Term::nil(),
                                json(R"({"name": "Elixir", "slug": "elixir"})"), RepoAction::Insert,
                                ChangesetPersistence::Mode::Save);
    QVERIFY2(first.kind == RepoOutcome::Kind::Ok, qPrintable(first.raised.text()));
    // lower(name) is an expression index: SQLite names it ("index 'tags_lower_name_index'").
    RepoOutcome sameName = persist(database, *m_blogRunner, tag, QStringLiteral("changeset"), Term::nil(),
                                   json(R"({"name": "elixir", "slug": "elixir-lang"})"), RepoAction::Insert,
                                   ChangesetPersistence::Mode::Try);
    QCOMPARE(errorsText(sameName.changeset),
             QStringLiteral("name: has already been taken [constraint=unique,constraint_name=tags_lower_name_index]"));
    RepoOutcome sameSlug = persist(database, *m_blogRunner, tag, QStringLiteral("changeset"), Term::nil(),
                                   json(R"({"name": "Erlang", "slug": "elixir"})"), RepoAction::Insert,
                                   ChangesetPersistence::Mode::Try);
    QCOMPARE(errorsText(sameSlug.changeset),
             QStringLiteral("slug: has already been taken [constraint=unique,constraint_name=tags_slug_index]"));
    QCOMPARE(count(database, QStringLiteral("tags")), 1);

    // A negative view count that validate_number never sees (it is the struct's, not a change).
    RepoOutcome negative = persist(database, *m_blogRunner, QStringLiteral("Blog.Post"), QStringLiteral("changeset"),
                                   json(R"({"view_count": -1})"), json(R"({"title": "Counting", "body": "down below zero"})"),
                                   RepoAction::Insert, ChangesetPersistence::Mode::Try);
    if (postgres) {
        // ecto_sql's Postgres adapter ignores the :check column option: nothing stops the row.
        QCOMPARE(kindName(negative.kind), QStringLiteral("ok"));
    } else {
        QCOMPARE(errorsText(negative.changeset),
                 QStringLiteral("view_count: cannot be negative [constraint=check,constraint_name=view_count_must_be_non_negative]"));
    }
    QCOMPARE(count(database, QStringLiteral("posts")), 0);
}

void TestChangesetPersistence::unmappedErrorIsRaised()
{
    FRESH(database, m_blog);
    // delete_changeset validates nothing: inserting it breaks NOT NULL, which Ecto never maps.
    RepoOutcome outcome = persist(database, *m_blogRunner, QStringLiteral("Blog.Post"), QStringLiteral("delete_changeset"),
                                  Term::nil(), Term::map({}), RepoAction::Insert, ChangesetPersistence::Mode::Try);
    QCOMPARE(kindName(outcome.kind), QStringLiteral("raised"));
    QCOMPARE(outcome.raised.kind, postgres ? QStringLiteral("Postgrex.Error") : QStringLiteral("Exqlite.Error"));
    if (postgres)
        QVERIFY2(outcome.raised.message.startsWith(QLatin1String("ERROR 23502 (not_null_violation) null value in column \"title\"")),
                 qPrintable(outcome.raised.message));
    else
        QCOMPARE(outcome.raised.message, QStringLiteral("NOT NULL constraint failed: posts.title"));
    QCOMPARE(count(database, QStringLiteral("posts")), 0);
}

void TestChangesetPersistence::tryInsertLeavesNothing()
{
    FRESH(database, m_blog);
    RepoOutcome outcome = persist(database, *m_blogRunner, QStringLiteral("Blog.Post"), QStringLiteral("changeset"),
                                  Term::nil(), json(R"({"title": "Hello World", "body": "a body long enough"})"),
                                  RepoAction::Insert, ChangesetPersistence::Mode::Try);
    QVERIFY2(outcome.kind == RepoOutcome::Kind::Ok, qPrintable(outcome.raised.text() + errorsText(outcome.changeset)));
    QVERIFY(!outcome.committed);
    QVERIFY(valueOf(outcome.values, QStringLiteral("id")).isInteger());
    QCOMPARE(valueOf(outcome.values, QStringLiteral("slug")).text(), QStringLiteral("hello-world"));
    QCOMPARE(outcome.statement->displaySql.section(QLatin1Char(')'), 0, 0),
             QStringLiteral("INSERT INTO \"posts\" (\"body\",\"inserted_at\",\"published\",\"slug\",\"title\",\"updated_at\",\"view_count\""));
    QCOMPARE(count(database, QStringLiteral("posts")), 0);
}

void TestChangesetPersistence::loadAndUpdate()
{
    FRESH(database, m_blog);
    const QString user = QStringLiteral("Blog.User");
    const QDateTime past(QDate(2024, 5, 1), QTime(10, 0, 0, 500), QTimeZone::utc());
    Result<Changeset> registration = m_blogRunner->run(user, QStringLiteral("registration_changeset"), Term::nil(),
                                                       json(R"({"name": "Grace", "email": "grace@example.com", "password": "cobol-rules", "age": 85})"));
    QVERIFY(registration);
    RepoOutcome saved = ChangesetPersistence::run(*database.connection, *registration, RepoAction::Insert,
                                                  ChangesetPersistence::Mode::Save, past);
    QVERIFY2(saved.kind == RepoOutcome::Kind::Ok, qPrintable(saved.raised.text()));
    const Term id = valueOf(saved.values, QStringLiteral("id"));

    Result<Term> row = RowLoader::load(*database.connection, *m_blogRunner->schema(user), Term::string(id.toElixirString()));
    QVERIFY2(row, qPrintable(row.error()));
    QCOMPARE(row->get(u"name")->text(), QStringLiteral("Grace"));
    QCOMPARE(row->get(u"age")->integerValue(), 85);
    QVERIFY(row->get(u"is_active")->isTrue());
    QCOMPARE(row->get(u"inserted_at")->isoText(), QStringLiteral("2024-05-01T10:00:00"));
    QVERIFY(!row->get(u"password")); // virtual: not a column

    // A try changes nothing; a save sets updated_at only.
    const Term rename = json(R"({"name": "Grace Hopper"})");
    RepoOutcome tried = persist(database, *m_blogRunner, user, QStringLiteral("profile_changeset"), *row, rename,
                                RepoAction::Update, ChangesetPersistence::Mode::Try);
    QVERIFY2(tried.kind == RepoOutcome::Kind::Ok, qPrintable(tried.raised.text()));
    QCOMPARE(tried.statement->displaySql,
             postgres ? QStringLiteral("UPDATE \"users\" SET \"name\" = $1, \"updated_at\" = $2 WHERE \"id\" = $3")
                      : QStringLiteral("UPDATE \"users\" SET \"name\" = ?, \"updated_at\" = ? WHERE \"id\" = ?"));
    Result<Term> unchanged = RowLoader::load(*database.connection, *m_blogRunner->schema(user), id);
    QCOMPARE(unchanged->get(u"name")->text(), QStringLiteral("Grace"));

    RepoOutcome updated = persist(database, *m_blogRunner, user, QStringLiteral("profile_changeset"), *row, rename,
                                  RepoAction::Update, ChangesetPersistence::Mode::Save);
    QVERIFY2(updated.kind == RepoOutcome::Kind::Ok && updated.committed, qPrintable(updated.raised.text()));
    Result<Term> after = RowLoader::load(*database.connection, *m_blogRunner->schema(user), id);
    QCOMPARE(after->get(u"name")->text(), QStringLiteral("Grace Hopper"));
    QCOMPARE(after->get(u"inserted_at")->isoText(), QStringLiteral("2024-05-01T10:00:00"));
    QVERIFY(after->get(u"updated_at")->dateValue() > QDate(2024, 5, 1));

    // Nothing changed: Repo.update sends no statement at all.
    RepoOutcome noop = persist(database, *m_blogRunner, user, QStringLiteral("profile_changeset"), *after,
                               json(R"({"name": "Grace Hopper"})"), RepoAction::Update, ChangesetPersistence::Mode::Save);
    QVERIFY(noop.kind == RepoOutcome::Kind::Ok && noop.noop && !noop.statement);

    // A missing row loads as Repo.get! fails; a vanished one makes the update stale.
    QVERIFY(!RowLoader::load(*database.connection, *m_blogRunner->schema(user), Term::integer(777)));
    QVERIFY(database.connection->exec(QStringLiteral("DELETE FROM \"users\"")));
    RepoOutcome stale = persist(database, *m_blogRunner, user, QStringLiteral("profile_changeset"), *after,
                                json(R"({"name": "Gone"})"), RepoAction::Update, ChangesetPersistence::Mode::Save);
    QCOMPARE(kindName(stale.kind), QStringLiteral("raised"));
    QCOMPARE(stale.raised.kind, QStringLiteral("Ecto.StaleEntryError"));
    QCOMPARE(stale.raised.text(), QStringLiteral("** (Ecto.StaleEntryError) attempted to update a stale struct"));
}

void TestChangesetPersistence::everyTypeRoundTrips()
{
    FRESH(database, m_steps);
    const QString kitchen = QStringLiteral("Steps.Kitchen");
    const Term params = json(R"({"title": "Pasta Place", "servings": "4", "ratio": "0.5", "price": "12.50",
        "best_before": "2025-01-31", "opens_at": "08:30:00", "precise_at": "08:30:00.123456",
        "baked_at": "2024-05-01T10:11:12", "baked_at_usec": "2024-05-01T10:11:12.654321",
        "served_at": "2024-05-01T12:00:00+02:00", "served_at_usec": "2024-05-01T10:00:00.000001Z",
        "extras": {"sauce": "pesto", "spicy": true, "level": 3}, "flavours": ["salty", "umami"],
        "counts": ["1", "22"], "batch": "5A7C0E7B-1111-4A4A-9C9C-0123456789AB", "mood": "busy",
        "secret": "s3cr3t", "secret_confirmation": "s3cr3t", "terms": "true"})");
    Result<Changeset> cs = m_stepsRunner->run(kitchen, QStringLiteral("changeset"), Term::nil(), params);
    QVERIFY2(cs, qPrintable(cs.error()));
    QVERIFY2(cs->valid, qPrintable(errorsText(*cs)));
    RepoOutcome saved = ChangesetPersistence::run(*database.connection, *cs, RepoAction::Insert, ChangesetPersistence::Mode::Save);
    QVERIFY2(saved.kind == RepoOutcome::Kind::Ok, qPrintable(saved.raised.text() + errorsText(saved.changeset)));
    // The binary_id key is generated here, as Ecto does, not by the database.
    const Term id = valueOf(saved.values, QStringLiteral("id"));
    QVERIFY2(id.isString() && id.text().size() == 36, qPrintable(id.toElixirString()));
    QVERIFY(!saved.statement->sql.contains(QLatin1String("RETURNING")));
    const Term created = valueOf(saved.values, QStringLiteral("created_at"));
    QCOMPARE(created.kind(), Term::Kind::NaiveDateTime);
    QCOMPARE(created.timeValue().precision, 6);

    Result<Term> row = RowLoader::load(*database.connection, *m_stepsRunner->schema(kitchen), id);
    QVERIFY2(row, qPrintable(row.error()));
    const auto show = [](const std::optional<Term> &t) { return t ? QString::fromUtf8(TermJson::write(*t)) : QStringLiteral("<none>"); };
    for (const auto &[field, value] : saved.values) {
        const std::optional<Term> loaded = row->get(field);
        QVERIFY2(loaded, qPrintable(field));
        const bool same = value.isDecimal() ? loaded->isDecimal() && loaded->decimalValue().compare(value.decimalValue()) == 0
                                            : loaded->looseEquals(value);
        QVERIFY2(same, qPrintable(QStringLiteral("%1: wrote %2, read %3").arg(field, show(value), show(loaded))));
    }
    QCOMPARE(row->get(u"served_at")->isoText(), QStringLiteral("2024-05-01T10:00:00Z"));
    QCOMPARE(row->get(u"mood")->text(), QStringLiteral("busy"));
    QCOMPARE(row->get(u"batch")->text(), QStringLiteral("5a7c0e7b-1111-4a4a-9c9c-0123456789ab"));
    QCOMPARE(row->get(u"counts")->elements().size(), size_t(2));
    QVERIFY(row->get(u"pin") == std::nullopt || row->get(u"pin")->isNil());
    // The loaded row is data a changeset function takes as it is.
    Result<Changeset> edit = m_stepsRunner->run(kitchen, QStringLiteral("changeset"), *row, json(R"({"servings": "6"})"));
    QVERIFY2(edit, qPrintable(edit.error()));
    QCOMPARE(edit->changes.size(), size_t(1));
    QCOMPARE(edit->changes[0].first, QStringLiteral("servings"));
}

void TestChangesetPersistence::invalidOrUnevaluatedNeverWrites()
{
    FRESH(database, m_steps);
    RepoOutcome invalid = persist(database, *m_stepsRunner, QStringLiteral("Steps.Account"), QStringLiteral("changeset"),
                                  Term::nil(), json(R"({"name": "A"})"), RepoAction::Insert, ChangesetPersistence::Mode::Save);
    QCOMPARE(kindName(invalid.kind), QStringLiteral("invalid"));
    QVERIFY(!invalid.statement);
    QCOMPARE(invalid.changeset.action, QStringLiteral("insert"));
    // Steps the tool could not run: a try goes ahead (and says so), a save refuses.
    const Term ada = json(R"({"name": "Ada", "email": "ada@example.com"})");
    RepoOutcome refused = persist(database, *m_stepsRunner, QStringLiteral("Steps.Account"), QStringLiteral("external_changeset"),
                                  Term::nil(), ada, RepoAction::Insert, ChangesetPersistence::Mode::Save);
    QCOMPARE(kindName(refused.kind), QStringLiteral("raised"));
    QVERIFY2(refused.raised.message.contains(QLatin1String("2 step(s)")), qPrintable(refused.raised.text()));
    QCOMPARE(count(database, QStringLiteral("accounts")), 0);
    RepoOutcome tried = persist(database, *m_stepsRunner, QStringLiteral("Steps.Account"), QStringLiteral("external_changeset"),
                                Term::nil(), ada, RepoAction::Insert, ChangesetPersistence::Mode::Try);
    QVERIFY2(tried.kind == RepoOutcome::Kind::Ok, qPrintable(tried.raised.text()));
    QCOMPARE(count(database, QStringLiteral("accounts")), 0);
    // utc_datetime timestamps are DateTimes in seconds.
    QCOMPARE(valueOf(tried.values, QStringLiteral("inserted_at")).kind(), Term::Kind::DateTime);
}

QTEST_GUILESS_MAIN(TestChangesetPersistence)
#include "tst_changesetpersistence.moc"
