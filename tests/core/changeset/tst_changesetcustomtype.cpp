// Fields of a project's own Ecto.Type are cast through its cast/1 as Ecto does;
// where the interpreter cannot run it (:crypto, a library type), the field is
// listed as not evaluated, and never reported invalid on the tool's account.
#include "changeset/changesetjson.h"
#include "changeset/changesetrunner.h"
#include "value/termjson.h"
#include "project/projectloader.h"

#include <QTest>

using namespace ectowb;
using namespace ectowb::changeset;
using namespace ectowb::value;

class TestChangesetCustomType : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cast_data();
    void cast();

private:
    std::unique_ptr<ChangesetRunner> m_runner;
};

void TestChangesetCustomType::initTestCase()
{
    project::Project project = project::ProjectLoader::load(QStringLiteral(ECTOWB_TEST_DATA "/projects/customtypes"));
    QVERIFY(project.schema(QStringLiteral("Wallet.Account")));
    m_runner = std::make_unique<ChangesetRunner>(std::move(project));
}

void TestChangesetCustomType::cast_data()
{
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<QByteArray>("changes");
    QTest::addColumn<QByteArray>("errors");
    QTest::addColumn<QString>("notEvaluated"); // the field named by the skipped cast, or ""

    QTest::newRow("integer through cast/1") << QByteArray(R"({"balance": 12})") << QByteArray(R"({"balance":1200})")
                                            << QByteArray("[]") << QString();
    QTest::newRow("string through cast/1") << QByteArray(R"({"balance": "0.5"})") << QByteArray(R"({"balance":50})")
                                           << QByteArray("[]") << QString();
    QTest::newRow(":error is invalid")
        << QByteArray(R"({"balance": -3})") << QByteArray("{}")
        << QByteArray(R"([{"field":"balance","message":"is invalid","keys":{"type":"Wallet.Cents","validation":"cast"}}])")
        << QString();
    QTest::newRow("{:error, keys} gives message and keys")
        << QByteArray(R"({"balance": "ten"})") << QByteArray("{}")
        << QByteArray(R"([{"field":"balance","message":"is not an amount","keys":{"type":"Wallet.Cents","validation":"cast","format":"12.34"}}])")
        << QString();
    QTest::newRow(":crypto cannot run: not evaluated, not invalid")
        << QByteArray(R"({"balance": 1, "secret": "hunter2"})") << QByteArray(R"({"balance":100})") << QByteArray("[]")
        << QStringLiteral("secret");
    QTest::newRow("a library's type: not evaluated")
        << QByteArray(R"({"balance": 1, "tag": "x"})") << QByteArray(R"({"balance":100})") << QByteArray("[]")
        << QStringLiteral("tag");
    QTest::newRow("nil is never given to cast/1")
        << QByteArray(R"({"secret": null})") << QByteArray("{}")
        << QByteArray(R"([{"field":"balance","message":"can't be blank","keys":{"validation":"required"}}])") << QString();
}

void TestChangesetCustomType::cast()
{
    QFETCH(QByteArray, params);
    QFETCH(QByteArray, changes);
    QFETCH(QByteArray, errors);
    QFETCH(QString, notEvaluated);
    const Result<Changeset> cs = m_runner->run(QStringLiteral("Wallet.Account"), QStringLiteral("changeset"), Term::nil(),
                                               *TermJson::parse(params));
    QVERIFY2(cs.isOk(), qPrintable(cs.error()));
    const Term described = *TermJson::parse(TermJson::write(ChangesetJson::describe(*cs)));
    QCOMPARE(QString::fromUtf8(TermJson::write(*described.get(u"changes"))),
             QString::fromUtf8(TermJson::write(*TermJson::parse(changes))));
    QCOMPARE(QString::fromUtf8(TermJson::write(*described.get(u"errors"))),
             QString::fromUtf8(TermJson::write(*TermJson::parse(errors))));
    if (notEvaluated.isEmpty()) {
        QVERIFY(cs->skipped.empty());
    } else {
        QCOMPARE(int(cs->skipped.size()), 1);
        QVERIFY2(cs->skipped.front().source.contains(QLatin1Char(':') + notEvaluated), qPrintable(cs->skipped.front().source));
        QVERIFY(!cs->skipped.front().reason.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestChangesetCustomType)
#include "tst_changesetcustomtype.moc"
