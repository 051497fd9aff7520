#include "db/connection.h"
#include "db/drivererror.h"

#include <QProcessEnvironment>
#include <QSqlError>
#include <QTest>

using namespace ectowb;
using db::DriverError;

class TestDriverError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void driverInternalsAreHidden_data();
    void driverInternalsAreHidden();
    void theServersWordsComeFirst();
    void aFailedStatementReadsWithoutTheDriversWrapper();
};

void TestDriverError::driverInternalsAreHidden_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("readable");
    QTest::newRow("statement wrapper and caret")
        << QStringLiteral("ERROR:  column \"nope\" does not exist\nLINE 1: PREPARE qpsqlpstmt_1a AS SELECT nope FROM posts\n"
                          "                                        ^\n(42703) QPSQL: Unable to prepare statement")
        << QStringLiteral("ERROR:  column \"nope\" does not exist\nLINE 1: SELECT nope FROM posts\n               ^\n(42703)");
    QTest::newRow("named statement") << QStringLiteral("ERROR:  prepared statement \"qpsqlpstmt_4\" does not exist")
                                     << QStringLiteral("ERROR:  prepared statement does not exist");
    QTest::newRow("driver line") << QStringLiteral("no such table: x\nQPSQL: Unable to create query")
                                 << QStringLiteral("no such table: x");
    QTest::newRow("plain") << QStringLiteral("no such table: posts") << QStringLiteral("no such table: posts");
}

void TestDriverError::driverInternalsAreHidden()
{
    QFETCH(QString, message);
    QFETCH(QString, readable);
    QCOMPARE(DriverError::readable(message), readable);
    QVERIFY(!DriverError::readable(message).contains(u"qpsqlpstmt"));
}

void TestDriverError::theServersWordsComeFirst()
{
    QCOMPARE(DriverError::text(QSqlError(QStringLiteral("QPSQL: Unable to create query"),
                                         QStringLiteral("ERROR:  syntax error\n(42601)"))),
             QStringLiteral("ERROR:  syntax error\n(42601)"));
    QCOMPARE(DriverError::text(QSqlError(QStringLiteral("Unable to fetch row"), QString())),
             QStringLiteral("Unable to fetch row"));
}

// Through the one connection every path uses (the GUI's runs, ectowb, the
// migrator): a statement with a parameter is PREPAREd by Qt's driver, and its error
// names the statement as the person wrote it.
void TestDriverError::aFailedStatementReadsWithoutTheDriversWrapper()
{
    if (!qEnvironmentVariableIsSet("PGHOST"))
        QSKIP("PGHOST is not set: run under pg_virtualenv (pg_virtualenv ctest -R tst_drivererror)");
    db::ConnectionSettings settings;
    settings.dialect = db::Dialect::Postgres;
    settings.hostname = qEnvironmentVariable("PGHOST");
    settings.port = qEnvironmentVariable("PGPORT").toInt();
    settings.username = qEnvironmentVariable("PGUSER");
    settings.password = qEnvironmentVariable("PGPASSWORD");
    settings.database = qEnvironmentVariable("PGDATABASE");
    const auto connection = db::Connection::open(settings);
    QVERIFY2(connection, qPrintable(connection.error()));
    const auto query = connection.value()->execute(QStringLiteral("SELECT nope FROM pg_class WHERE relname = $1"),
                                                   {QStringLiteral("x")});
    QVERIFY(!query);
    QVERIFY2(query.error().contains(u"column \"nope\" does not exist"), qPrintable(query.error()));
    QVERIFY2(!query.error().contains(u"qpsqlpstmt"), qPrintable(query.error()));
    QVERIFY2(!query.error().contains(u"QPSQL"), qPrintable(query.error()));
}

QTEST_GUILESS_MAIN(TestDriverError)
#include "tst_drivererror.moc"
