// The stress test of issue 15, out of the default run (it takes minutes): twenty
// rounds per database of four concurrent `ectowb migrations up --all` with a counting
// @disable_ddl_transaction migration, and twenty runs killed with SIGKILL at a random
// moment and then resumed. Prints its figures. Build with -DECTOWB_STRESS_TESTS=ON to
// register it in CTest (label "stress"), or run the executable; PostgreSQL rounds run
// under pg_virtualenv -t. ECTOWB_STRESS_ROUNDS overrides the twenty.
#include "lockscenarios.h"

#include "db/databaseurl.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace ectowb;

class TestMigratorStress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void concurrentRuns_data() { databases(); }
    void concurrentRuns();
    void killedRuns_data() { databases(); }
    void killedRuns();

private:
    static void databases()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgres") << true;
    }
    static int rounds() { return qEnvironmentVariableIntValue("ECTOWB_STRESS_ROUNDS") > 0 ? qEnvironmentVariableIntValue("ECTOWB_STRESS_ROUNDS") : 20; }
    // A fresh database and its URL: a SQLite file in `dir`, or a new PostgreSQL database.
    std::optional<QPair<db::ConnectionSettings, QString>> fresh(bool postgres, const QString &dir, int round);

    std::shared_ptr<db::Connection> m_admin;
    QStringList m_databases;
};

std::optional<QPair<db::ConnectionSettings, QString>> TestMigratorStress::fresh(bool postgres, const QString &dir, int round)
{
    if (!postgres) {
        const auto s = db::ConnectionSettings::sqliteFile(dir + QStringLiteral("/round%1.db").arg(round), true);
        return QPair{s, QStringLiteral("sqlite:") + s.database};
    }
    if (!m_admin) {
        auto admin = db::Connection::open(*db::DatabaseUrl::parse(QString()));
        if (!admin)
            return std::nullopt;
        m_admin = *admin;
    }
    const QString name = QStringLiteral("wb_stress_%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    if (!m_admin->exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name)))
        return std::nullopt;
    m_databases << name;
    db::ConnectionSettings s = m_admin->settings();
    s.database = name;
    const auto enc = [](const QString &t) { return QString::fromLatin1(QUrl::toPercentEncoding(t)); };
    return QPair{s, QStringLiteral("postgres://%1:%2@%3:%4/%5").arg(enc(s.username), enc(s.password), s.hostname).arg(s.port).arg(name)};
}

void TestMigratorStress::concurrentRuns()
{
    QFETCH(bool, postgres);
    if (postgres && !qEnvironmentVariableIsSet("PGHOST"))
        QSKIP("PGHOST is not set: run under pg_virtualenv -t");
    QTemporaryDir dir;
    const auto sources = test::countingMigrations();
    test::writeProject(dir.path(), sources);
    QElapsedTimer clock;
    clock.start();
    int failures = 0;
    int anotherRanIt = 0;
    for (int round = 0; round < rounds(); ++round) {
        const auto db = fresh(postgres, dir.path(), round);
        QVERIFY(db);
        const auto runs = test::concurrentUps(dir.path(), db->second, 4);
        for (const auto &r : runs)
            anotherRanIt += int(r.out.count(QLatin1String("(another migrator ran it)")));
        auto c = db::Connection::open(db->first);
        QVERIFY2(c, qPrintable(c.error()));
        const QString problem = test::checkConcurrentRound(runs, **c, int(sources.size()));
        if (!problem.isEmpty()) {
            ++failures;
            qWarning("round %d: %s", round, qPrintable(problem));
        }
    }
    qInfo("%s: %d rounds of 4 concurrent migrators (%lld processes), %d failed rounds, %d 'another migrator ran it' "
          "reports, %.1f s",
          postgres ? "postgres" : "sqlite", rounds(), qint64(rounds()) * 4, failures, anotherRanIt, double(clock.elapsed()) / 1000.0);
    QCOMPARE(failures, 0);
}

void TestMigratorStress::killedRuns()
{
    QFETCH(bool, postgres);
    if (postgres && !qEnvironmentVariableIsSet("PGHOST"))
        QSKIP("PGHOST is not set: run under pg_virtualenv -t");
    QTemporaryDir dir;
    const auto sources = test::slowMigrations(postgres);
    test::writeProject(dir.path(), sources);
    QElapsedTimer clock;
    clock.start();
    int failures = 0;
    for (int round = 0; round < rounds(); ++round) {
        const auto db = fresh(postgres, dir.path(), round);
        QVERIFY(db);
        auto c = db::Connection::open(db->first);
        QVERIFY2(c, qPrintable(c.error()));
        const int afterMs = 100 + int(QRandomGenerator::global()->bounded(900));
        const QString problem = test::killAndResume(dir.path(), db->second, **c, afterMs, int(sources.size()), postgres);
        if (!problem.isEmpty()) {
            ++failures;
            qWarning("round %d: %s", round, qPrintable(problem));
        }
    }
    qInfo("%s: %d runs killed with SIGKILL and resumed, %d inconsistent, %.1f s", postgres ? "postgres" : "sqlite", rounds(),
          failures, double(clock.elapsed()) / 1000.0);
    QCOMPARE(failures, 0);
    if (m_admin) {
        for (const QString &name : std::as_const(m_databases))
            m_admin->exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name));
        m_databases.clear();
    }
}

QTEST_GUILESS_MAIN(TestMigratorStress)
#include "tst_migratorstress.moc"
