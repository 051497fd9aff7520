// Fields of a project's own Ecto.Type, alone or inside {:array, _} and {:map, _},
// are cast through its cast/1 as Ecto does;
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

    // {:array, Mod} and {:map, Mod}: Ecto.Type.cast/2 casts every element through
    // Mod.cast/1; nil elements pass untouched, and the first element that fails
    // makes the whole field invalid, its {:error, keys} gaining the index or key
    // as :source.
    QTest::newRow("{:array, Mod}: each element through cast/1")
        << QByteArray(R"({"balance": 1, "amounts": [1, "0.5"]})") << QByteArray(R"({"balance":100,"amounts":[100,50]})")
        << QByteArray("[]") << QString();
    QTest::newRow("{:array, Mod}: nil elements are not cast")
        << QByteArray(R"({"balance": 1, "amounts": [null, 2]})") << QByteArray(R"({"balance":100,"amounts":[null,200]})")
        << QByteArray("[]") << QString();
    QTest::newRow("{:array, Mod}: an empty list is a change from nil")
        << QByteArray(R"({"balance": 1, "amounts": []})") << QByteArray(R"({"balance":100,"amounts":[]})")
        << QByteArray("[]") << QString();
    QTest::newRow("{:array, Mod}: nil for the field is no change")
        << QByteArray(R"({"balance": 1, "amounts": null})") << QByteArray(R"({"balance":100})") << QByteArray("[]")
        << QString();
    QTest::newRow("{:array, Mod}: an element's :error makes the field invalid")
        << QByteArray(R"({"balance": 1, "amounts": [1, -3]})") << QByteArray(R"({"balance":100})")
        << QByteArray(R"([{"field":"amounts","message":"is invalid","keys":{"type":["array","Wallet.Cents"],"validation":"cast"}}])")
        << QString();
    QTest::newRow("{:array, Mod}: an element's {:error, keys} with its index as :source")
        << QByteArray(R"({"balance": 1, "amounts": [1, "ten", -3]})") << QByteArray(R"({"balance":100})")
        << QByteArray(R"([{"field":"amounts","message":"is not an amount","keys":{"type":["array","Wallet.Cents"],"validation":"cast","format":"12.34","source":[1]}}])")
        << QString();
    QTest::newRow("{:array, Mod}: an element's {:error, []} still gets :source")
        << QByteArray(R"({"balance": 1, "amounts": [1, true]})") << QByteArray(R"({"balance":100})")
        << QByteArray(R"([{"field":"amounts","message":"is invalid","keys":{"type":["array","Wallet.Cents"],"validation":"cast","source":[1]}}])")
        << QString();
    QTest::newRow("{:error, []} of the field itself is just invalid")
        << QByteArray(R"({"balance": true})") << QByteArray("{}")
        << QByteArray(R"([{"field":"balance","message":"is invalid","keys":{"type":"Wallet.Cents","validation":"cast"}}])")
        << QString();
    QTest::newRow("{:array, Mod}: not a list is invalid")
        << QByteArray(R"({"balance": 1, "amounts": "1"})") << QByteArray(R"({"balance":100})")
        << QByteArray(R"([{"field":"amounts","message":"is invalid","keys":{"type":["array","Wallet.Cents"],"validation":"cast"}}])")
        << QString();
    QTest::newRow("{:map, Mod}: each value through cast/1, nil kept")
        << QByteArray(R"({"balance": 1, "limits": {"b": "1.5", "a": 2, "c": null}})")
        << QByteArray(R"({"balance":100,"limits":{"a":200,"b":150,"c":null}})") << QByteArray("[]") << QString();
    QTest::newRow("{:map, Mod}: {:error, keys} names the key as :source")
        << QByteArray(R"({"balance": 1, "limits": {"x": "ten"}})") << QByteArray(R"({"balance":100})")
        << QByteArray(R"([{"field":"limits","message":"is not an amount","keys":{"type":["map","Wallet.Cents"],"validation":"cast","format":"12.34","source":["x"]}}])")
        << QString();
    QTest::newRow("{:map, Mod}: values are cast in key order, so \"a\" fails first")
        << QByteArray(R"({"balance": 1, "limits": {"b": "ten", "a": -1}})") << QByteArray(R"({"balance":100})")
        << QByteArray(R"([{"field":"limits","message":"is invalid","keys":{"type":["map","Wallet.Cents"],"validation":"cast"}}])")
        << QString();
    QTest::newRow("{:map, Mod}: not a map is invalid")
        << QByteArray(R"({"balance": 1, "limits": [1]})") << QByteArray(R"({"balance":100})")
        << QByteArray(R"([{"field":"limits","message":"is invalid","keys":{"type":["map","Wallet.Cents"],"validation":"cast"}}])")
        << QString();
    QTest::newRow("{:array, {:array, Mod}}: nested, nil rows kept")
        << QByteArray(R"({"balance": 1, "ledger": [null, [1, null]]})")
        << QByteArray(R"({"balance":100,"ledger":[null,[100,null]]})") << QByteArray("[]") << QString();
    QTest::newRow("{:array, {:array, Mod}}: :source is the path, outermost first")
        << QByteArray(R"({"balance": 1, "ledger": [[1], [2, "ten"]]})") << QByteArray(R"({"balance":100})")
        << QByteArray(R"([{"field":"ledger","message":"is not an amount","keys":{"type":["array",["array","Wallet.Cents"]],"validation":"cast","format":"12.34","source":[1,1]}}])")
        << QString();
    QTest::newRow("{:array, Mod} whose cast cannot run: not evaluated, not invalid")
        << QByteArray(R"({"balance": 1, "sealed_list": ["x"]})") << QByteArray(R"({"balance":100})") << QByteArray("[]")
        << QStringLiteral("sealed_list");
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
