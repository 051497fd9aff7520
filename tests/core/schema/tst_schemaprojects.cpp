// The four generated schema projects of shared/conformance/generated/schema-projects:
// every module real Ecto reflects (`__schema__/1`, written to pN.json) must be reported
// by the loader exactly so. The rule is the README's: module, source, prefix,
// embedded, primary_key, fields (in order, with types), virtual_fields, and
// associations and embeds as sets. `file` is not compared.
#include "project/projectloader.h"
#include "schema/schemajson.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace ectowb;

namespace {

QString projectsDir()
{
    return QStringLiteral(ECTOWB_SHARED_DIR "/conformance/generated/schema-projects");
}

QJsonArray readTruth(const QString &project)
{
    QFile file(projectsDir() + QLatin1Char('/') + project + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).array();
}

// A set of JSON objects as sorted compact texts (QJsonObject keeps its keys sorted,
// so equal objects give equal texts).
QStringList asSet(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    out.sort();
    return out;
}

QString compact(const QJsonValue &value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return value.isNull() ? QStringLiteral("null") : value.toVariant().toString();
}

// Loading a project takes a while: each is loaded once for all its rows.
const project::Project &loaded(const QString &name)
{
    static QHash<QString, project::Project> cache;
    const auto it = cache.constFind(name);
    if (it != cache.constEnd())
        return *it;
    return *cache.insert(name, project::ProjectLoader::load(projectsDir() + QLatin1Char('/') + name));
}

const QStringList kProjects{QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("p3"), QStringLiteral("p4")};

} // namespace

class TestSchemaProjects : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void truthIsComplete();
    void everyFileReads_data();
    void everyFileReads();
    void reflection_data();
    void reflection();
};

// Guards the guard: a missing or empty truth file would make the rows vacuous.
void TestSchemaProjects::truthIsComplete()
{
    const QList<int> expected{41, 45, 40, 40}; // schema modules per project (README)
    for (qsizetype i = 0; i < kProjects.size(); ++i)
        QCOMPARE(readTruth(kProjects[i]).size(), expected[i]);
}

void TestSchemaProjects::everyFileReads_data()
{
    QTest::addColumn<QString>("project");
    for (const QString &p : kProjects)
        QTest::newRow(qPrintable(p)) << p;
}

// A file the reader rejects loses its modules; Ecto compiles every one of them.
void TestSchemaProjects::everyFileReads()
{
    QFETCH(QString, project);
    const project::Project &p = loaded(project);
    QVERIFY2(p.errors.isEmpty(), qPrintable(p.errors.value(0).toString()));
}

void TestSchemaProjects::reflection_data()
{
    QTest::addColumn<QString>("project");
    QTest::addColumn<QJsonObject>("truth");
    for (const QString &p : kProjects) {
        for (const QJsonValue &v : readTruth(p)) {
            const QJsonObject truth = v.toObject();
            QTest::newRow(qPrintable(p + QLatin1Char(' ') + truth.value(QStringLiteral("module")).toString()))
                << p << truth;
        }
    }
}

void TestSchemaProjects::reflection()
{
    QFETCH(QString, project);
    QFETCH(QJsonObject, truth);
    const project::Project &p = loaded(project);
    const QString module = truth.value(QStringLiteral("module")).toString();
    const schema::Schema *s = p.schema(module);
    QVERIFY2(s, qPrintable(QStringLiteral("no schema %1").arg(module)));
    const QJsonObject ours = schema::SchemaJson::toJson(*s, p.root);

    for (const char *key : {"source", "prefix", "embedded", "primary_key", "fields", "virtual_fields"}) {
        const QString k = QLatin1String(key);
        QVERIFY2(ours.value(k) == truth.value(k),
                 qPrintable(QStringLiteral("%1: ours %2, Ecto %3").arg(k, compact(ours.value(k)), compact(truth.value(k)))));
    }
    for (const char *key : {"associations", "embeds"}) {
        const QString k = QLatin1String(key);
        const QStringList mine = asSet(ours.value(k));
        const QStringList theirs = asSet(truth.value(k));
        QVERIFY2(mine == theirs, qPrintable(QStringLiteral("%1:\n ours %2\n Ecto %3")
                                                .arg(k, mine.join(QStringLiteral("\n      ")),
                                                     theirs.join(QStringLiteral("\n      ")))));
    }
}

QTEST_GUILESS_MAIN(TestSchemaProjects)
#include "tst_schemaprojects.moc"
