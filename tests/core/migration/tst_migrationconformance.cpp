#include "migration/migrationplanner.h"
#include "migration/migrationreader.h"
#include "migration/postgresddl.h"
#include "migration/sqliteddl.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ectowb::migration;

// Every case of ../shared/conformance/migrations.jsonl and project-migrations.jsonl,
// for both adapters and both directions, against what real Ecto sent.
class TestMigrationConformance : public QObject
{
    Q_OBJECT

private:
    static QList<QJsonObject> cases(const QString &name)
    {
        QList<QJsonObject> out;
        QFile file(QStringLiteral(ECTOWB_SHARED_DIR "/conformance/") + name);
        if (!file.open(QIODevice::ReadOnly))
            return out;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (!line.trimmed().isEmpty())
                out << QJsonDocument::fromJson(line).object();
        }
        return out;
    }

    static void addRows(const QJsonObject &c, const QByteArray &source, const QString &file)
    {
        for (const QString &dialect : {QStringLiteral("postgres"), QStringLiteral("sqlite")}) {
            for (const QString &direction : {QStringLiteral("up"), QStringLiteral("down")}) {
                const QString tag = c.value(QStringLiteral("id")).toString() + QLatin1Char('/') + dialect + QLatin1Char('/') + direction;
                QTest::newRow(qPrintable(tag)) << source << file << dialect << direction
                                               << c.value(dialect).toObject().value(direction);
            }
        }
    }

private Q_SLOTS:
    void conformance_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("direction");
        QTest::addColumn<QJsonValue>("expected");
        const QList<QJsonObject> generic = cases(QStringLiteral("migrations.jsonl"));
        const QList<QJsonObject> project = cases(QStringLiteral("project-migrations.jsonl"));
        QVERIFY(generic.size() == 120);
        QVERIFY(project.size() == 8);
        for (const QJsonObject &c : generic)
            addRows(c, MigrationReader::wrapAsModule(c.value(QStringLiteral("source")).toString()).toUtf8(), QStringLiteral("case.exs"));
        for (const QJsonObject &c : project) {
            QFile f(QStringLiteral(ECTOWB_SHARED_DIR "/conformance/projects/blog/") + c.value(QStringLiteral("file")).toString());
            QVERIFY(f.open(QIODevice::ReadOnly));
            addRows(c, f.readAll(), c.value(QStringLiteral("id")).toString());
        }
    }

    void conformance()
    {
        QFETCH(QByteArray, source);
        QFETCH(QString, file);
        QFETCH(QString, dialect);
        QFETCH(QString, direction);
        QFETCH(QJsonValue, expected);

        const Migration migration = MigrationReader::fromSource(source, file);
        QVERIFY2(!migration.error, qPrintable(migration.error.value_or(QString())));
        PostgresDdl postgres;
        SqliteDdl sqlite;
        const DdlRenderer &ddl = dialect == QLatin1String("postgres") ? static_cast<const DdlRenderer &>(postgres) : sqlite;
        const MigrationStatements actual = direction == QLatin1String("up") ? MigrationPlanner::up(migration, ddl)
                                                                            : MigrationPlanner::down(migration, ddl);
        QStringList expectedStatements;
        const QJsonArray list = expected.isArray() ? expected.toArray()
                                                   : expected.toObject().value(QStringLiteral("statements")).toArray();
        for (const QJsonValue &v : list)
            expectedStatements << v.toString();
        if (expected.isObject()) {
            QVERIFY2(actual.error.has_value(), qPrintable(QStringLiteral("expected an error: ")
                                                          + expected.toObject().value(QStringLiteral("error")).toString()
                                                          + QStringLiteral("\ngot: ") + actual.statements.join(QStringLiteral("\n"))));
        } else {
            QVERIFY2(!actual.error.has_value(), qPrintable(actual.error.value_or(QString())));
        }
        QCOMPARE(actual.statements, expectedStatements);
    }
};

QTEST_GUILESS_MAIN(TestMigrationConformance)
#include "tst_migrationconformance.moc"
