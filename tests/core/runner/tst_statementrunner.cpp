// The statement runner on a real SQLite file and a real PostgreSQL (pg_virtualenv):
// values bound as parameters round-trip unchanged and never alter the database,
// results stream in batches, errors come back with the database's message, and
// cancel stops a running statement inside the database.
#include "runnerfixture.h"

#include "value/decimal.h"
#include "db/valuedumper.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ectowb;
using namespace runnertest;
using value::Term;
using runner::RunOutcome;

Q_DECLARE_METATYPE(value::Term)

namespace {

QString ph(db::Dialect dialect, int index)
{
    return dialect == db::Dialect::Postgres ? QStringLiteral("$%1").arg(index) : QStringLiteral("?");
}

QString hostileName(const QString &text)
{
    QString name = text.size() > 40 ? text.left(20) + QStringLiteral("...") : text;
    name.replace(QLatin1Char('\r'), QStringLiteral("\\r"));
    name.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return name.isEmpty() ? QStringLiteral("(empty)") : name;
}

// Both tables the hostile values aim at, and how many rows each has.
QString tablesAndCounts(runner::StatementRunner &runner)
{
    const Collected got = collect(runner, statement(QStringLiteral(
                                              "SELECT (SELECT count(*) FROM users), (SELECT count(*) FROM posts)")));
    if (!got.outcome.isOk())
        return QStringLiteral("error: ") + got.outcome.message;
    return got.rows.value(0).value(0).toString() + QLatin1Char('/') + got.rows.value(0).value(1).toString();
}

// A result of a hundred million rows: nobody reads it to its end.
const QString Huge = QStringLiteral(
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 100000000) SELECT x FROM c");

// Starts `Huge` and waits for its first batch; null if it never came.
std::unique_ptr<runner::QueryRun> openHuge(runner::StatementRunner &runner)
{
    std::unique_ptr<runner::QueryRun> run(runner.run(statement(Huge)));
    QSignalSpy rows(run.get(), &runner::QueryRun::rowsFetched);
    return rows.wait(10000) ? std::move(run) : nullptr;
}

void addHostileRows(db::Dialect dialect, const QString &tag)
{
    QList<QString> values{
        QStringLiteral("it's"),
        QStringLiteral("'; DROP TABLE posts; --"),
        QStringLiteral("\"; DROP TABLE posts; --"),
        QStringLiteral("\\'; DROP TABLE posts; --"),
        QStringLiteral("$$; DROP TABLE posts; $$"),
        QStringLiteral("$1 ? :name %s {}"),
        QStringLiteral("E'\\\\x00' \\0 \\n"),
        QStringLiteral("line one\r\nline two\n"),
        QString::fromUtf8("\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7 \xf0\x9f\x8e\x89"),
        QString::fromUtf8("e\xcc\x81\xcc\x82 a\xcc\x8a Z\xcd\x91\xcd\x92"),
        QString::fromUtf8("\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d \xe2\x80\xae evil \xe2\x80\xac \xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7"),
        QString(),
        QStringLiteral("   "),
        QString(100000, QChar(u'\'')),
    };
    QString longText;
    for (int i = 0; longText.size() < 1000000; ++i)
        longText += QStringLiteral("%1 ' \" \\ ; -- \u00e9\U0001F600 ").arg(i);
    values << longText;
    for (const QString &value : values)
        QTest::addRow("%s: %s", qPrintable(tag), qPrintable(hostileName(value))) << dialect << value;
    // Text with NUL: SQLite keeps it; PostgreSQL cannot store it at all, and the
    // binding refuses it (the driver would otherwise cut the value short).
    QTest::addRow("%s: NUL inside", qPrintable(tag)) << dialect << QString::fromUtf16(u"a\0b'; DROP TABLE posts; --", 25);
}

} // namespace

// The runner still answers after what the test did to it (a cancel, an open result):
// `sql` runs, and the first value of its first row, read with `read` (toInt,
// toString, ...), is `expected`. A macro, so a failed check ends the test function.
#define CHECK_ANSWER(runner, sql, read, expected)                                                                   \
    do {                                                                                                            \
        const Collected answer = collect((runner), statement(QStringLiteral(sql)));                                 \
        QVERIFY2(answer.outcome.isOk(), qPrintable(answer.outcome.message));                                        \
        QCOMPARE(answer.rows.value(0).value(0).read(), (expected));                                                 \
    } while (false)

class TestStatementRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { m_databases.dropAll(); }

    void insertAndSelect_data();
    void insertAndSelect();
    void hostileValuesRoundTrip_data();
    void hostileValuesRoundTrip();
    void typedValuesRoundTrip_data();
    void typedValuesRoundTrip();
    void arrayParameters_data();
    void arrayParameters();
    void errorsCarryTheDatabaseMessage_data();
    void errorsCarryTheDatabaseMessage();
    void firstBatchAtOnceRestOnDemand_data();
    void firstBatchAtOnceRestOnDemand();
    void cancelStopsARunningStatement_data();
    void cancelStopsARunningStatement();
    void cancelBeforeTheStatementStarts_data();
    void cancelBeforeTheStatementStarts();
    void cancelAnOpenResult_data();
    void cancelAnOpenResult();
    void nextRunClosesTheOpenResult_data();
    void nextRunClosesTheOpenResult();
    void writesWithReturningAreReadToTheEnd_data();
    void writesWithReturningAreReadToTheEnd();
    void explainGivesThePlan_data();
    void explainGivesThePlan();
    void exportWritesEveryRow_data();
    void exportWritesEveryRow();
    void runnerGoesFirst_data();
    void runnerGoesFirst();
    void unreachableDatabaseIsAnOutcome();

private:
    SampleDatabases m_databases;
};

void TestStatementRunner::insertAndSelect_data()
{
    addBothDatabases();
}

void TestStatementRunner::insertAndSelect()
{
    RUNNER_FOR_ROW(m_databases, runner);
    const QString insert = QStringLiteral("INSERT INTO users (name, email, inserted_at, updated_at) VALUES (%1, %2, %3, %3)")
                               .arg(ph(dialect, 1), ph(dialect, 2), dialect == db::Dialect::Postgres ? QStringLiteral("$3") : QStringLiteral("?"));
    const Term at = Term::naiveDateTime(QDate(2024, 1, 15), {10, 30, 0, 0, 0});
    std::vector<Term> params{Term::string(QStringLiteral("Ann")), Term::string(QStringLiteral("ann@example.com")), at};
    if (dialect == db::Dialect::Sqlite)
        params.push_back(at); // `?` is positional: one value per placeholder
    const Collected inserted = collect(runner, statement(insert, params));
    QVERIFY2(inserted.outcome.isOk(), qPrintable(inserted.outcome.message));
    QVERIFY(!inserted.outcome.returnsRows);
    QCOMPARE(inserted.outcome.rowsAffected, 1);

    const Collected got = collect(
        runner, statement(QStringLiteral("SELECT u0.\"name\", u0.\"email\" FROM \"users\" AS u0 WHERE (u0.\"email\" = %1)")
                              .arg(ph(dialect, 1)),
                          {Term::string(QStringLiteral("ann@example.com"))}));
    QVERIFY2(got.outcome.isOk(), qPrintable(got.outcome.message));
    QVERIFY(got.outcome.returnsRows);
    QCOMPARE(got.outcome.rowsRead, 1);
    QCOMPARE(got.columns.size(), 2);
    QCOMPARE(got.columns.at(0).name, QStringLiteral("name"));
    QCOMPARE(got.columns.at(1).name, QStringLiteral("email"));
    QCOMPARE(got.rows, (runner::ResultRows{{QStringLiteral("Ann"), QStringLiteral("ann@example.com")}}));
}

void TestStatementRunner::hostileValuesRoundTrip_data()
{
    QTest::addColumn<db::Dialect>("dialect");
    QTest::addColumn<QString>("value");
    addHostileRows(db::Dialect::Sqlite, QStringLiteral("sqlite"));
    addHostileRows(db::Dialect::Postgres, QStringLiteral("postgres"));
}

void TestStatementRunner::hostileValuesRoundTrip()
{
    QFETCH(QString, value);
    RUNNER_FOR_ROW(m_databases, runner);
    const QString before = tablesAndCounts(runner);
    QCOMPARE(before, QStringLiteral("0/0"));
    const bool refused = dialect == db::Dialect::Postgres && value.contains(QChar(u'\0'));

    // SELECT $1: the value comes back as it went.
    const Collected echoed = collect(runner, statement(QStringLiteral("SELECT ") + ph(dialect, 1), {Term::string(value)}));
    if (refused) {
        QCOMPARE(echoed.outcome.status, RunOutcome::Status::Error);
        QCOMPARE(echoed.outcome.message, QStringLiteral("parameter 1: PostgreSQL text cannot contain the NUL character (0x00)"));
    } else {
        QVERIFY2(echoed.outcome.isOk(), qPrintable(echoed.outcome.message));
        QCOMPARE(echoed.rows.size(), 1);
        QCOMPARE(echoed.rows.at(0).at(0).toString().size(), value.size());
        QCOMPARE(echoed.rows.at(0).at(0).toString(), value);
        QVERIFY2(!echoed.rows.at(0).at(0).isNull(), "an empty string must not come back as NULL");
    }

    // INSERT ... RETURNING, then SELECT it back by its id. The body is text; the
    // title (varchar(255) on PostgreSQL) takes the values that fit.
    const Term at = Term::naiveDateTime(QDate(2024, 1, 15), {10, 30, 0, 0, 0});
    const QString title = value.size() <= 255 ? value : QStringLiteral("a long one");
    const Collected inserted = collect(
        runner, statement(QStringLiteral("INSERT INTO posts (title, body, inserted_at, updated_at) "
                                         "VALUES (%1, %2, %3, %4) RETURNING id")
                              .arg(ph(dialect, 1), ph(dialect, 2), ph(dialect, 3), ph(dialect, 4)),
                          {Term::string(title), Term::string(value), at, at}));
    if (refused) {
        QCOMPARE(inserted.outcome.status, RunOutcome::Status::Error);
    } else {
        QVERIFY2(inserted.outcome.isOk(), qPrintable(inserted.outcome.message));
        QCOMPARE(inserted.rows.size(), 1);
        const qint64 id = inserted.rows.at(0).at(0).toLongLong();
        const Collected got = collect(
            runner, statement(QStringLiteral("SELECT title, body FROM posts WHERE id = %1 AND body = %2")
                                  .arg(ph(dialect, 1), ph(dialect, 2)),
                              {Term::integer(id), Term::string(value)}));
        QVERIFY2(got.outcome.isOk(), qPrintable(got.outcome.message));
        QCOMPARE(got.rows.size(), 1);
        QCOMPARE(got.rows.at(0).at(0).toString(), title);
        QCOMPARE(got.rows.at(0).at(1).toString(), value);
    }
    // Nothing but the one row changed: both tables are there, with their rows.
    QCOMPARE(tablesAndCounts(runner), refused ? QStringLiteral("0/0") : QStringLiteral("0/1"));
}

void TestStatementRunner::typedValuesRoundTrip_data()
{
    addBothDatabases();
}

void TestStatementRunner::typedValuesRoundTrip()
{
    RUNNER_FOR_ROW(m_databases, runner);
    const Term exact = Term::decimal(*value::Decimal::parse("12345678901234567890.123456789"));
    const std::vector<Term> params{Term::integer(std::numeric_limits<qint64>::max()), Term::floating(0.1), exact,
                                   Term::boolean(true), Term::date(QDate(1815, 12, 10)), Term::nil()};
    const bool pg = dialect == db::Dialect::Postgres;
    const QString sql = pg ? QStringLiteral("SELECT $1::bigint, $2::float8, $3::numeric, $4::boolean, $5::date, $6::text")
                           : QStringLiteral("SELECT ?, ?, ?, ?, ?, ?");
    const Collected got = collect(runner, statement(sql, params));
    QVERIFY2(got.outcome.isOk(), qPrintable(got.outcome.message));
    QCOMPARE(got.rows.size(), 1);
    const runner::ResultRow &row = got.rows.at(0);
    QCOMPARE(row.at(0).toLongLong(), std::numeric_limits<qint64>::max());
    QCOMPARE(row.at(1).toDouble(), 0.1);
    // Exact: PostgreSQL's numeric comes as its digits, SQLite keeps the text it got.
    QCOMPARE(row.at(2).toString(), QStringLiteral("12345678901234567890.123456789"));
    if (pg) {
        QCOMPARE(row.at(3).metaType().id(), QMetaType::Bool);
        QCOMPARE(row.at(3).toBool(), true);
        QCOMPARE(row.at(4).toDate(), QDate(1815, 12, 10));
    } else {
        QCOMPARE(row.at(3).toLongLong(), 1); // ecto_sqlite3 stores booleans as 1/0
        QCOMPARE(row.at(4).toString(), QStringLiteral("1815-12-10"));
    }
    QVERIFY(row.at(5).isNull());
}

void TestStatementRunner::arrayParameters_data()
{
    addBothDatabases();
}

// Lists: `= ANY($1)` and unnest on PostgreSQL, json_each on SQLite; the elements
// keep their commas, quotes, braces and backslashes.
void TestStatementRunner::arrayParameters()
{
    RUNNER_FOR_ROW(m_databases, runner);
    const QStringList texts{QStringLiteral("a,b"), QStringLiteral("{x}"), QStringLiteral("say \"hi\""),
                            QStringLiteral("back\\slash"), QStringLiteral("NULL"), QStringLiteral("'; DROP TABLE posts; --"),
                            QString()};
    std::vector<Term> elements;
    for (const QString &text : texts)
        elements.push_back(Term::string(text));
    const bool pg = dialect == db::Dialect::Postgres;
    const QString sql = pg ? QStringLiteral("SELECT x FROM unnest($1::text[]) WITH ORDINALITY AS t(x, n) ORDER BY n")
                           : QStringLiteral("SELECT value FROM json_each(?) ORDER BY key");
    const Collected got = collect(runner, statement(sql, {Term::list(elements)}));
    QVERIFY2(got.outcome.isOk(), qPrintable(got.outcome.message));
    QStringList back;
    for (const runner::ResultRow &row : got.rows)
        back << row.at(0).toString();
    QCOMPARE(back, texts);

    if (pg) {
        const Collected any = collect(
            runner, statement(QStringLiteral("SELECT count(*) FROM generate_series(1, 10) AS g WHERE g = ANY($1)"),
                              {Term::list({Term::integer(3), Term::integer(5), Term::integer(8), Term::integer(42)})}));
        QVERIFY2(any.outcome.isOk(), qPrintable(any.outcome.message));
        QCOMPARE(any.rows.value(0).value(0).toLongLong(), 3);
    }
    QCOMPARE(tablesAndCounts(runner), QStringLiteral("0/0"));
}

void TestStatementRunner::errorsCarryTheDatabaseMessage_data()
{
    QTest::addColumn<db::Dialect>("dialect");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("rowsBefore");
    const auto lite = db::Dialect::Sqlite;
    const auto pg = db::Dialect::Postgres;
    QTest::newRow("sqlite syntax") << lite << QStringLiteral("SELEC 1") << QStringLiteral("near \"SELEC\": syntax error") << 0;
    QTest::newRow("sqlite no table") << lite << QStringLiteral("SELECT * FROM nope") << QStringLiteral("no such table: nope") << 0;
    QTest::newRow("sqlite not null")
        << lite << QStringLiteral("INSERT INTO users (name) VALUES ('x')")
        << QStringLiteral("NOT NULL constraint failed: users.email") << 0;
    QTest::newRow("sqlite fails after rows")
        << lite
        << QStringLiteral("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 5000) "
                          "SELECT CASE WHEN x < 3000 THEN x ELSE json('{') END FROM n")
        << QStringLiteral("malformed JSON") << 2999;
    QTest::newRow("postgres syntax") << pg << QStringLiteral("SELEC 1") << QStringLiteral("syntax error at or near \"SELEC\"") << 0;
    QTest::newRow("postgres no table") << pg << QStringLiteral("SELECT * FROM nope")
                                       << QStringLiteral("relation \"nope\" does not exist") << 0;
    QTest::newRow("postgres not null")
        << pg << QStringLiteral("INSERT INTO users (name) VALUES ('x')")
        << QStringLiteral("null value in column \"email\" of relation \"users\" violates not-null constraint") << 0;
    QTest::newRow("postgres fails after rows")
        << pg << QStringLiteral("SELECT 1 / (3000 - x) FROM generate_series(1, 5000) AS x")
        << QStringLiteral("division by zero") << 2999;
}

void TestStatementRunner::errorsCarryTheDatabaseMessage()
{
    QFETCH(QString, sql);
    QFETCH(QString, message);
    QFETCH(int, rowsBefore);
    RUNNER_FOR_ROW(m_databases, runner);
    const Collected got = collect(runner, statement(sql));
    QVERIFY(got.finished);
    QCOMPARE(got.outcome.status, RunOutcome::Status::Error);
    QVERIFY2(got.outcome.message.contains(message), qPrintable(got.outcome.message));
    QCOMPARE(got.rows.size(), rowsBefore);
    // The connection is fine afterwards.
    CHECK_ANSWER(runner, "SELECT 41 + 1", toInt, 42);
}

void TestStatementRunner::firstBatchAtOnceRestOnDemand_data()
{
    addBothDatabases();
}

void TestStatementRunner::firstBatchAtOnceRestOnDemand()
{
    RUNNER_FOR_ROW(m_databases, runner);
    runner.setBatchSizes(100, 1000);
    std::unique_ptr<runner::QueryRun> run(runner.run(statement(QStringLiteral(
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 1000000) SELECT x, 'row ' || x FROM n"))));
    QSignalSpy rows(run.get(), &runner::QueryRun::rowsFetched);
    QSignalSpy finished(run.get(), &runner::QueryRun::finished);
    QVERIFY(rows.wait(10000));
    QCOMPARE(rows.at(0).at(0).value<runner::ResultRows>().size(), 100);
    QCOMPARE(rows.at(0).at(0).value<runner::ResultRows>().at(99).at(1).toString(), QStringLiteral("row 100"));
    QCOMPARE(rows.at(0).at(1).toBool(), false);
    QVERIFY(!run->isFinished());
    QVERIFY(run->canFetchMore());
    run->fetchMore(0);
    QVERIFY(!run->canFetchMore()); // one fetch at a time
    QVERIFY(rows.wait(10000));
    const auto second = rows.at(1).at(0).value<runner::ResultRows>();
    QCOMPARE(second.size(), 1000);
    QCOMPARE(second.first().at(0).toLongLong(), 101);
    run->close();
    QVERIFY(finished.wait(10000));
    QCOMPARE(run->outcome().status, RunOutcome::Status::Closed);
    // Only what was asked for was read from the database.
    QCOMPARE(run->outcome().rowsRead, 1100);
}

void TestStatementRunner::cancelStopsARunningStatement_data()
{
    QTest::addColumn<db::Dialect>("dialect");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("message");
    const QString endless = QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c");
    // The database's own words: the statement was stopped inside it.
    const QString sqlite = QStringLiteral("interrupted");
    const QString postgres = QStringLiteral("canceling statement due to user request");
    QTest::newRow("sqlite endless recursive CTE") << db::Dialect::Sqlite << endless << sqlite;
    QTest::newRow("postgres pg_sleep") << db::Dialect::Postgres << QStringLiteral("SELECT pg_sleep(60)") << postgres;
    QTest::newRow("postgres endless recursive CTE") << db::Dialect::Postgres << endless << postgres;
}

void TestStatementRunner::cancelStopsARunningStatement()
{
    QFETCH(QString, sql);
    QFETCH(QString, message);
    RUNNER_FOR_ROW(m_databases, runner);
    std::unique_ptr<runner::QueryRun> run(runner.run(statement(sql)));
    QSignalSpy finished(run.get(), &runner::QueryRun::finished);
    // Long enough that the statement is surely running inside the database.
    QVERIFY(!finished.wait(500));
    QElapsedTimer clock;
    clock.start();
    run->cancel();
    QVERIFY(finished.wait(10000));
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(run->outcome().status, RunOutcome::Status::Cancelled);
    QVERIFY2(run->outcome().message.contains(message), qPrintable(run->outcome().message));
    CHECK_ANSWER(runner, "SELECT 'still usable'", toString, QStringLiteral("still usable"));
}

void TestStatementRunner::cancelBeforeTheStatementStarts_data()
{
    addBothDatabases();
}

// Cancel straight after run(): the statement may not have reached the database yet;
// the cancel still holds, and never spills over to the next statement.
void TestStatementRunner::cancelBeforeTheStatementStarts()
{
    RUNNER_FOR_ROW(m_databases, runner);
    for (int i = 0; i < 5; ++i) {
        std::unique_ptr<runner::QueryRun> run(runner.run(statement(QStringLiteral(
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"))));
        if (i > 0)
            QTest::qWait(i * 3);
        run->cancel();
        QSignalSpy finished(run.get(), &runner::QueryRun::finished);
        QVERIFY(run->isFinished() || finished.wait(10000));
        QCOMPARE(run->outcome().status, RunOutcome::Status::Cancelled);
        CHECK_ANSWER(runner, "SELECT 7", toInt, 7);
    }
}

void TestStatementRunner::cancelAnOpenResult_data()
{
    addBothDatabases();
}

void TestStatementRunner::cancelAnOpenResult()
{
    RUNNER_FOR_ROW(m_databases, runner);
    const std::unique_ptr<runner::QueryRun> run = openHuge(runner);
    QVERIFY(run);
    QSignalSpy finished(run.get(), &runner::QueryRun::finished);
    QElapsedTimer clock;
    clock.start();
    run->cancel();
    QVERIFY(finished.wait(10000));
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(run->outcome().status, RunOutcome::Status::Cancelled);
    QCOMPARE(run->outcome().rowsRead, runner.firstBatchSize());
    CHECK_ANSWER(runner, "SELECT 8", toInt, 8);
}

void TestStatementRunner::nextRunClosesTheOpenResult_data()
{
    addBothDatabases();
}

// The open result of a hundred million rows is closed without reading them.
void TestStatementRunner::nextRunClosesTheOpenResult()
{
    RUNNER_FOR_ROW(m_databases, runner);
    const std::unique_ptr<runner::QueryRun> first = openHuge(runner);
    QVERIFY(first);
    QElapsedTimer clock;
    clock.start();
    const Collected second = collect(runner, statement(QStringLiteral("SELECT 9")));
    QVERIFY2(second.outcome.isOk(), qPrintable(second.outcome.message));
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(first->isFinished());
    QCOMPARE(first->outcome().status, RunOutcome::Status::Closed);
    QVERIFY(!first->canFetchMore());
}

void TestStatementRunner::writesWithReturningAreReadToTheEnd_data()
{
    addBothDatabases();
}

// An INSERT ... RETURNING commits only when its last row has been read; the next
// run must not close it early (that would cancel, and undo, the insert).
void TestStatementRunner::writesWithReturningAreReadToTheEnd()
{
    RUNNER_FOR_ROW(m_databases, runner);
    runner.setBatchSizes(100, 100);
    std::unique_ptr<runner::QueryRun> insert(runner.run(statement(QStringLiteral(
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 1000) "
        "INSERT INTO users (name, email, inserted_at, updated_at) "
        "SELECT 'user ' || x, 'u' || x || '@example.com', '2024-05-01 10:00:00', '2024-05-01 10:00:00' FROM n "
        "RETURNING id"))));
    QSignalSpy rows(insert.get(), &runner::QueryRun::rowsFetched);
    QVERIFY(rows.wait(10000));
    QCOMPARE(rows.at(0).at(0).value<runner::ResultRows>().size(), 1000);
    QCOMPARE(rows.at(0).at(1).toBool(), true);
    CHECK_ANSWER(runner, "SELECT count(*) FROM users", toLongLong, 1000);
    QCOMPARE(insert->outcome().status, RunOutcome::Status::Ok);
    // A plain SELECT stays lazy, FOR UPDATE included.
    const QString lock = dialect == db::Dialect::Postgres ? QStringLiteral(" FOR UPDATE") : QString();
    std::unique_ptr<runner::QueryRun> select(runner.run(statement(QStringLiteral("SELECT id FROM users") + lock)));
    QSignalSpy selected(select.get(), &runner::QueryRun::rowsFetched);
    QVERIFY(selected.wait(10000));
    QCOMPARE(selected.at(0).at(0).value<runner::ResultRows>().size(), 100);
    QCOMPARE(selected.at(0).at(1).toBool(), false);
}

void TestStatementRunner::explainGivesThePlan_data()
{
    addBothDatabases();
}

void TestStatementRunner::explainGivesThePlan()
{
    RUNNER_FOR_ROW(m_databases, runner);
    const bool pg = dialect == db::Dialect::Postgres;
    const QString sql = QStringLiteral("SELECT p0.\"title\", u1.\"name\" FROM \"posts\" AS p0 INNER JOIN \"users\" AS u1 "
                                       "ON u1.\"id\" = p0.\"author_id\" WHERE (p0.\"title\" = %1) ORDER BY p0.\"view_count\"")
                            .arg(ph(dialect, 1));
    std::unique_ptr<runner::QueryRun> run(
        runner.explain(statement(sql, {Term::string(QStringLiteral("'; DROP TABLE posts; --"))})));
    QSignalSpy plans(run.get(), &runner::QueryRun::planReady);
    QSignalSpy finished(run.get(), &runner::QueryRun::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY2(run->outcome().isOk(), qPrintable(run->outcome().message));
    QCOMPARE(plans.size(), 1);
    const auto plan = plans.at(0).at(0).value<runner::QueryPlan>();
    QVERIFY(!plan.isEmpty());
    const QString text = plan.text();
    if (pg) {
        const runner::PlanNode &root = plan.nodes()[std::size_t(plan.roots().value(0))];
        QVERIFY2(root.label.startsWith(QLatin1String("Sort")), qPrintable(text));
        QVERIFY2(root.detail.contains(QLatin1String("Sort Key: p0.view_count")), qPrintable(text));
        QVERIFY(root.totalCost.has_value() && *root.totalCost > 0);
        QVERIFY(!root.children.isEmpty());
        // The bound value is in the plan as a constant: the values were bound.
        QVERIFY2(text.contains(QLatin1String("'''; DROP TABLE posts; --'::text")), qPrintable(text));
    } else {
        QVERIFY2(text.contains(QLatin1String("SCAN p0")) || text.contains(QLatin1String("SEARCH p0")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("SEARCH u1 USING INTEGER PRIMARY KEY (rowid=?)")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("USE TEMP B-TREE FOR ORDER BY")), qPrintable(text));
    }
    QCOMPARE(tablesAndCounts(runner), QStringLiteral("0/0"));
}

void TestStatementRunner::exportWritesEveryRow_data()
{
    QTest::addColumn<db::Dialect>("dialect");
    QTest::addColumn<int>("format");
    QTest::newRow("sqlite csv") << db::Dialect::Sqlite << int(runner::ExportFormat::Csv);
    QTest::newRow("sqlite json") << db::Dialect::Sqlite << int(runner::ExportFormat::Json);
    QTest::newRow("postgres csv") << db::Dialect::Postgres << int(runner::ExportFormat::Csv);
    QTest::newRow("postgres json") << db::Dialect::Postgres << int(runner::ExportFormat::Json);
}

// After the first batch only: the rows fetched, then the rest straight from the
// database into the file.
void TestStatementRunner::exportWritesEveryRow()
{
    QFETCH(int, format);
    RUNNER_FOR_ROW(m_databases, runner);
    runner.setBatchSizes(50, 100);
    std::unique_ptr<runner::QueryRun> run(runner.run(statement(QStringLiteral(
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 54321) "
        "SELECT x AS id, 'say \"' || x || '\", ok' AS title, NULL AS missing, '' AS empty FROM n"))));
    QSignalSpy rows(run.get(), &runner::QueryRun::rowsFetched);
    QVERIFY(rows.wait(10000));
    const auto fetched = rows.at(0).at(0).value<runner::ResultRows>();
    QCOMPARE(fetched.size(), 50);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out"));
    QSignalSpy exported(run.get(), &runner::QueryRun::exportFinished);
    QVERIFY(run->exportTo(path, runner::ExportFormat(format), fetched));
    QVERIFY(!run->canFetchMore());
    QVERIFY(exported.wait(30000));
    const auto outcome = exported.at(0).at(0).value<runner::ExportOutcome>();
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(outcome.rows, 54321);
    QTRY_VERIFY(run->isFinished());
    QCOMPARE(run->outcome().status, RunOutcome::Status::Ok);
    QCOMPARE(run->outcome().rowsRead, 54321);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    if (runner::ExportFormat(format) == runner::ExportFormat::Csv) {
        const QList<QByteArray> lines = data.split('\n');
        QCOMPARE(lines.size(), 54321 + 2); // header, rows, and the empty piece after the last CRLF
        QCOMPARE(lines.at(0), QByteArray("id,title,missing,empty\r"));
        QCOMPARE(lines.at(1), QByteArray("1,\"say \"\"1\"\", ok\",,\"\"\r"));
        QCOMPARE(lines.at(54321), QByteArray("54321,\"say \"\"54321\"\", ok\",,\"\"\r"));
    } else {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(data, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonArray array = document.array();
        QCOMPARE(array.size(), 54321);
        const QJsonObject last = array.at(54320).toObject();
        QCOMPARE(last.value(u"id").toInteger(), 54321);
        QVERIFY(last.value(u"id").isDouble());
        QCOMPARE(last.value(u"title").toString(), QStringLiteral("say \"54321\", ok"));
        QVERIFY(last.value(u"missing").isNull());
        QCOMPARE(last.value(u"empty").toString(), QString());
        QVERIFY(last.value(u"empty").isString());
    }
}

void TestStatementRunner::runnerGoesFirst_data()
{
    addBothDatabases();
}

void TestStatementRunner::runnerGoesFirst()
{
    QFETCH(db::Dialect, dialect);
    db::ConnectionSettings settings;
    REQUIRE_DATABASE(m_databases, dialect, settings);
    auto runner = std::make_unique<runner::StatementRunner>(settings);
    std::unique_ptr<runner::QueryRun> open(runner->run(statement(Huge)));
    std::unique_ptr<runner::QueryRun> queued(runner->run(statement(QStringLiteral("SELECT 1"))));
    QSignalSpy rows(open.get(), &runner::QueryRun::rowsFetched);
    QVERIFY(rows.wait(10000));
    QElapsedTimer clock;
    clock.start();
    runner.reset();
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(open->isFinished());
    QVERIFY(queued->isFinished());
    QVERIFY(!open->canFetchMore());
    open->fetchMore(10); // harmless now
    open->cancel();
}

void TestStatementRunner::unreachableDatabaseIsAnOutcome()
{
    QTemporaryDir dir;
    db::ConnectionSettings settings;
    settings.dialect = db::Dialect::Sqlite;
    settings.database = dir.filePath(QStringLiteral("missing.db"));
    runner::StatementRunner runner(settings);
    const Collected got = collect(runner, statement(QStringLiteral("SELECT 1")));
    QCOMPARE(got.outcome.status, RunOutcome::Status::Error);
    QCOMPARE(got.outcome.message, QStringLiteral("SQLite database file not found: ") + settings.database);
}

QTEST_GUILESS_MAIN(TestStatementRunner)
#include "tst_statementrunner.moc"
