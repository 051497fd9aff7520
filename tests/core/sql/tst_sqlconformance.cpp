#include "sql/sqltokenizer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace ectowb::sql;

namespace {

QString conformanceFile(const char *name)
{
    return QStringLiteral(ECTOWB_SHARED_DIR "/conformance/") % QLatin1String(name);
}

QList<QJsonObject> readJsonLines(const QString &path)
{
    QList<QJsonObject> cases;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cases;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty())
            cases.append(QJsonDocument::fromJson(line).object());
    }
    return cases;
}

} // namespace

// Every SQL statement real Ecto produced for the conformance cases must tokenize
// cleanly, and its parameters must be the ones Ecto bound.
class TestSqlConformance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void queryStatements_data();
    void queryStatements();
    void migrationStatements_data();
    void migrationStatements();
};

void TestSqlConformance::queryStatements_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<int>("params");
    const QList<QJsonObject> cases = readJsonLines(conformanceFile("queries.jsonl"));
    QVERIFY(cases.size() >= 100);
    for (const QJsonObject &c : cases) {
        for (const char *dialect : {"postgres", "sqlite"}) {
            const QJsonArray statements = c.value(QLatin1String(dialect)).toObject().value(u"statements").toArray();
            for (qsizetype i = 0; i < statements.size(); ++i) {
                const QJsonObject statement = statements.at(i).toObject();
                QTest::addRow("%s %s %d", qPrintable(c.value(u"id").toString()), dialect, int(i))
                    << statement.value(u"sql").toString() << QString::fromLatin1(dialect)
                    << int(statement.value(u"params").toArray().size());
            }
        }
    }
}

void TestSqlConformance::queryStatements()
{
    QFETCH(QString, sql);
    QFETCH(QString, dialect);
    QFETCH(int, params);
    QSet<QString> postgresParams;
    int sqliteParams = 0;
    for (const SqlToken &token : SqlTokenizer::tokenize(sql)) {
        QVERIFY2(token.kind != SqlTokenKind::Error, qPrintable(sql.mid(token.start, token.length)));
        QVERIFY(token.terminated);
        const QString text = sql.mid(token.start, token.length);
        if (token.kind == SqlTokenKind::Parameter) {
            if (text.startsWith(u'$'))
                postgresParams.insert(text);
            else
                ++sqliteParams;
        }
        if (token.kind == SqlTokenKind::QuotedName)
            QVERIFY(text.size() >= 2 && text.endsWith(text.front()));
    }
    QCOMPARE(dialect == u"postgres" ? int(postgresParams.size()) : sqliteParams, params);
}

void TestSqlConformance::migrationStatements_data()
{
    QTest::addColumn<QString>("sql");
    int rows = 0;
    for (const char *name : {"migrations.jsonl", "project-migrations.jsonl"}) {
        for (const QJsonObject &c : readJsonLines(conformanceFile(name))) {
            for (const char *dialect : {"postgres", "sqlite"}) {
                const QJsonObject directions = c.value(QLatin1String(dialect)).toObject();
                for (const char *direction : {"up", "down"}) {
                    const QJsonArray statements = directions.value(QLatin1String(direction)).toArray();
                    for (qsizetype i = 0; i < statements.size(); ++i) {
                        QTest::addRow("%s %s %s %d", qPrintable(c.value(u"id").toString()), dialect, direction, int(i))
                            << statements.at(i).toString();
                        ++rows;
                    }
                }
            }
        }
    }
    QVERIFY(rows >= 200);
}

void TestSqlConformance::migrationStatements()
{
    QFETCH(QString, sql);
    const SqlTokens tokens = SqlTokenizer::tokenize(sql);
    QVERIFY(!tokens.isEmpty());
    QCOMPARE(tokens.first().kind, SqlTokenKind::Keyword);  // CREATE, ALTER, DROP, ...
    for (const SqlToken &token : tokens) {
        QVERIFY2(token.kind != SqlTokenKind::Error, qPrintable(sql.mid(token.start, token.length)));
        QVERIFY2(token.terminated, qPrintable(sql.mid(token.start)));
    }
}

QTEST_GUILESS_MAIN(TestSqlConformance)
#include "tst_sqlconformance.moc"
