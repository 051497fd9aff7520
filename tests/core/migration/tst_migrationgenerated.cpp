#include "migration/migrationplanner.h"
#include "migration/migrationreader.h"
#include "migration/postgresddl.h"
#include "migration/sqliteddl.h"

#include "conformancecases.h"
#include "conformancetally.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ectowb::migration;

// All 1,200 cases of ../shared/conformance/generated/migrations.jsonl, both
// adapters, both directions, against what real ecto_sql 3.13.5 / ecto_sqlite3
// 0.23.0 sent. A direction matches when the statement lists are equal, or when both
// report an error and the statements sent before it are equal.
//
// Directions the tool does not match yet are listed, each with its reason, in
// tests/data/migration/generated-known-failures.txt: they are expected failures
// (QEXPECT_FAIL), and a listed direction that starts to pass fails the test, so the
// list only ever shrinks.
class TestMigrationGenerated : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_tally.expectFailures(ectowb::testsupport::testDataPath(QStringLiteral("migration/generated-known-failures.txt")));
    }

    void generated_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("direction");
        QTest::addColumn<QJsonValue>("expected");
        const auto lines = ectowb::testsupport::readJsonLines(ectowb::testsupport::conformanceDir() + QStringLiteral("/generated/migrations.jsonl"));
        QVERIFY(lines);
        int cases = 0;
        for (const QByteArray &line : *lines) {
            const QJsonObject c = QJsonDocument::fromJson(line).object();
            ++cases;
            const QByteArray source = MigrationReader::wrapAsModule(c.value(QStringLiteral("source")).toString()).toUtf8();
            for (const QString &dialect : {QStringLiteral("postgres"), QStringLiteral("sqlite")}) {
                for (const QString &direction : {QStringLiteral("up"), QStringLiteral("down")}) {
                    const QString tag = c.value(QStringLiteral("id")).toString() + QLatin1Char('/') + dialect + QLatin1Char('/') + direction;
                    QTest::newRow(qPrintable(tag)) << source << dialect << direction
                                                   << c.value(dialect).toObject().value(direction);
                }
            }
        }
        QCOMPARE(cases, 1200);
    }

    void generated()
    {
        QFETCH(QByteArray, source);
        QFETCH(QString, dialect);
        QFETCH(QString, direction);
        QFETCH(QJsonValue, expected);

        const Migration migration = MigrationReader::fromSource(source, QStringLiteral("20240101000000_case.exs"));
        PostgresDdl postgres;
        SqliteDdl sqlite;
        const DdlRenderer &ddl = dialect == QLatin1String("postgres") ? static_cast<const DdlRenderer &>(postgres) : sqlite;
        MigrationStatements actual;
        if (migration.error)
            actual.error = migration.error;
        else
            actual = direction == QLatin1String("up") ? MigrationPlanner::up(migration, ddl) : MigrationPlanner::down(migration, ddl);
        QStringList expectedStatements;
        const QJsonArray list = expected.isArray() ? expected.toArray() : expected.toObject().value(QStringLiteral("statements")).toArray();
        for (const QJsonValue &v : list)
            expectedStatements << v.toString();
        const bool expectError = expected.isObject();
        // The first statement that differs, and both errors (QTest cuts long messages).
        qsizetype at = 0;
        while (at < actual.statements.size() && at < expectedStatements.size() && actual.statements.at(at) == expectedStatements.at(at))
            ++at;
        const QString want = QStringLiteral("#%1 %2\nerror: %3")
                                 .arg(at)
                                 .arg(expectedStatements.value(at, QStringLiteral("<none>")),
                                      expectError ? expected.toObject().value(QStringLiteral("error")).toString() : QStringLiteral("none"));
        const QString got = QStringLiteral("#%1 %2\nerror: %3")
                                .arg(at)
                                .arg(actual.statements.value(at, QStringLiteral("<none>")), actual.error ? MigrationStatements::errorText(actual.error) : QStringLiteral("none"));
        const bool same = actual.error.has_value() == expectError && actual.statements == expectedStatements;
        m_tally.check(QString::fromLatin1(QTest::currentDataTag()),
                      same ? QString() : QStringLiteral("\nexpected:\n%1\n\ngot:\n%2").arg(want, got));
    }

    void cleanupTestCase() { m_tally.report("generated migrations"); }

private:
    ectowb::testsupport::ConformanceTally m_tally;
};

QTEST_GUILESS_MAIN(TestMigrationGenerated)
#include "tst_migrationgenerated.moc"
