// Fields of a project's own Ecto.Type, alone or inside {:array, _} and {:map, _},
// are cast through its cast/1 as Ecto does;
// where the interpreter cannot run it (:crypto, a library type), the field is
// listed as not evaluated, and never reported invalid on the tool's account.
//
// And fields of a project's own Ecto.ParameterizedType, as Ecto 3.13 casts them: the
// params are what the type's init/1 returned for the declaration's options plus
// `field:` and `schema:` (Ecto.Schema's Keyword.merge), the type is
// {:parameterized, {Mod, params}}, cast/2 gets every value (nil included, unlike
// an Ecto.Type's cast/1), equal?/3 decides whether a cast value is a change, and
// an init/1 the interpreter cannot run leaves the field not evaluated, never invalid.
#include "changeset/changesetjson.h"
#include "changeset/changesetrunner.h"
#include "project/projectloader.h"
#include "value/termjson.h"

#include <QTest>

using namespace ectowb;
using namespace ectowb::changeset;
using namespace ectowb::value;

namespace {

// The :type key of an error on `field` as Ecto keeps it.
QByteArray oneOfType()
{
    return R"(["parameterized",["Shelf.OneOf",{"values":["fiction","poetry"],)"
           R"("opts":[["values",["fiction","poetry"]],["field","genre"],["schema","Shelf.Book"]]}]])";
}

// Maps compare as maps (Ecto's key order is not the tool's), shown as JSON when they differ.
bool sameTerm(const Term &actual, const QByteArray &expectedJson, QString *message)
{
    const Result<Term> expected = TermJson::parse(expectedJson);
    *message = QStringLiteral("%1 vs %2").arg(QString::fromUtf8(TermJson::write(actual)), QString::fromUtf8(expectedJson));
    return expected && actual == *expected;
}

} // namespace

class TestChangesetCustomType : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cast_data();
    void cast();
    void parameterizedCast_data();
    void parameterizedCast();

private:
    std::unique_ptr<ChangesetRunner> m_runner;         // customtypes: Ecto.Type modules
    std::unique_ptr<ChangesetRunner> m_parameterized; // paramtypes: Ecto.ParameterizedType modules
};

void TestChangesetCustomType::initTestCase()
{
    project::Project project = project::ProjectLoader::load(QStringLiteral(ECTOWB_TEST_DATA "/projects/customtypes"));
    QVERIFY(project.schema(QStringLiteral("Wallet.Account")));
    m_runner = std::make_unique<ChangesetRunner>(std::move(project));
    project::Project shelf = project::ProjectLoader::load(QStringLiteral(ECTOWB_TEST_DATA "/projects/paramtypes"));
    QVERIFY(shelf.schema(QStringLiteral("Shelf.Book")));
    m_parameterized = std::make_unique<ChangesetRunner>(std::move(shelf));
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

void TestChangesetCustomType::parameterizedCast_data()
{
    QTest::addColumn<QByteArray>("data"); // the struct's fields, or null for %Shelf.Book{}
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("changes");
    QTest::addColumn<QByteArray>("errors");
    QTest::addColumn<QString>("notEvaluated"); // the field named by the skipped cast, or ""

    QTest::newRow("one of its values") << QByteArray("null") << QByteArray(R"({"title": "t", "genre": "poetry"})") << true
                                       << QByteArray(R"({"genre": "poetry", "title": "t"})") << QByteArray("[]") << QString();
    QTest::newRow("{:error, keys}: message, keys, and the params init/1 got")
        << QByteArray("null") << QByteArray(R"({"title": "t", "genre": "drama"})") << false
        << QByteArray(R"({"title": "t"})")
        << QByteArray(R"([{"field": "genre", "message": "must be one of %{values}", "keys": {"type": )" + oneOfType()
                      + R"(, "validation": "cast", "values": ["fiction", "poetry"]}}])")
        << QString();
    QTest::newRow("a :type key of the type's own does not replace the field's type")
        << QByteArray("null") << QByteArray(R"({"title": "t", "genre": 5})") << false << QByteArray(R"({"title": "t"})")
        << QByteArray(R"([{"field": "genre", "message": "must be text", "keys": {"type": )" + oneOfType()
                      + R"(, "validation": "cast"}}])")
        << QString();
    QTest::newRow("an empty value reaches cast/2 as nil, which this type refuses")
        << QByteArray("null") << QByteArray(R"({"title": "t", "code": ""})") << false << QByteArray(R"({"title": "t"})")
        << QByteArray(R"([{"field": "code", "message": "is invalid", "keys": {"type": ["parameterized", ["Shelf.Code", {"upcase": false}]], "validation": "cast"}}])")
        << QString();
    QTest::newRow("the declaration's options reach init/1 (upcase: true)")
        << QByteArray("null") << QByteArray(R"({"title": "t", "isbn": "ab-1"})") << true
        << QByteArray(R"({"isbn": "AB-1", "title": "t"})") << QByteArray("[]") << QString();
    QTest::newRow("equal?/3 says the cast value is the current one: no change")
        << QByteArray(R"({"code": "ABC", "title": "t"})") << QByteArray(R"({"title": "t", "code": "abc"})") << true
        << QByteArray("{}") << QByteArray("[]") << QString();
    QTest::newRow("equal?/3 says it differs: a change")
        << QByteArray(R"({"code": "ABC", "title": "t"})") << QByteArray(R"({"code": "abd"})") << true
        << QByteArray(R"({"code": "abd"})") << QByteArray("[]") << QString();
    QTest::newRow("init/1 calls a module the project lacks: not evaluated, never invalid")
        << QByteArray("null") << QByteArray(R"({"title": "t", "sealed": "x"})") << true << QByteArray(R"({"title": "t"})")
        << QByteArray("[]") << QStringLiteral("sealed");
    // {:array, Mod} and {:map, Mod}: Mod's init/1 gets the field's options, each
    // element goes through cast/2 (nil included), equal?/3 compares element by element.
    QTest::newRow("{:array, a parameterized type}: each element through cast/2")
        << QByteArray("null") << QByteArray(R"({"title": "t", "tags": ["new", "used"]})") << true
        << QByteArray(R"({"title": "t", "tags": ["new", "used"]})") << QByteArray("[]") << QString();
    QTest::newRow("{:array, a parameterized type}: an element's {:error, keys}, with :source")
        << QByteArray("null") << QByteArray(R"({"title": "t", "tags": ["new", "old"]})") << false
        << QByteArray(R"({"title": "t"})")
        << QByteArray(R"([{"field": "tags", "message": "must be one of %{values}", "keys": {"type": ["array", )"
                      R"(["parameterized",["Shelf.OneOf",{"values":["new","used"],)"
                      R"("opts":[["values",["new","used"]],["field","tags"],["schema","Shelf.Book"]]}]]], )"
                      R"("validation": "cast", "values": ["new", "used"], "source": [1]}}])")
        << QString();
    QTest::newRow("{:array, a parameterized type}: a nil element reaches cast/2, which refuses it")
        << QByteArray("null") << QByteArray(R"({"title": "t", "codes": [null, "a"]})") << false
        << QByteArray(R"({"title": "t"})")
        << QByteArray(R"([{"field": "codes", "message": "is invalid", "keys": {"type": ["array", ["parameterized", ["Shelf.Code", {"upcase": false}]]], "validation": "cast"}}])")
        << QString();
    QTest::newRow("{:array, a parameterized type}: equal?/3 per element says no change")
        << QByteArray(R"({"codes": ["ABC", "x"], "title": "t"})") << QByteArray(R"({"codes": ["abc", "X"]})") << true
        << QByteArray("{}") << QByteArray("[]") << QString();
    QTest::newRow("{:array, a parameterized type}: another length is a change")
        << QByteArray(R"({"codes": ["ABC"], "title": "t"})") << QByteArray(R"({"codes": ["abc", "d"]})") << true
        << QByteArray(R"({"codes": ["abc", "d"]})") << QByteArray("[]") << QString();
    QTest::newRow("{:map, a parameterized type}: the failing key as :source")
        << QByteArray("null") << QByteArray(R"({"title": "t", "shelves": {"a": "top", "b": "side"}})") << false
        << QByteArray(R"({"title": "t"})")
        << QByteArray(R"([{"field": "shelves", "message": "must be one of %{values}", "keys": {"type": ["map", )"
                      R"(["parameterized",["Shelf.OneOf",{"values":["top","bottom"],)"
                      R"("opts":[["values",["top","bottom"]],["field","shelves"],["schema","Shelf.Book"]]}]]], )"
                      R"("validation": "cast", "values": ["top", "bottom"], "source": ["b"]}}])")
        << QString();
}

void TestChangesetCustomType::parameterizedCast()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, params);
    QFETCH(bool, valid);
    QFETCH(QByteArray, changes);
    QFETCH(QByteArray, errors);
    QFETCH(QString, notEvaluated);
    const Result<Changeset> cs = m_parameterized->run(QStringLiteral("Shelf.Book"), QStringLiteral("changeset"),
                                               *TermJson::parse(data), *TermJson::parse(params));
    QVERIFY2(cs.isOk(), qPrintable(cs.error()));
    const Term described = *TermJson::parse(TermJson::write(ChangesetJson::describe(*cs)));
    QCOMPARE(described.get(u"valid").value_or(Term::nil()).isTrue(), valid);
    QString message;
    QVERIFY2(sameTerm(*described.get(u"changes"), changes, &message), qPrintable(message));
    QVERIFY2(sameTerm(*described.get(u"errors"), errors, &message), qPrintable(message));
    if (notEvaluated.isEmpty()) {
        QVERIFY2(cs->skipped.empty(), cs->skipped.empty() ? "" : qPrintable(cs->skipped.front().reason));
    } else {
        QCOMPARE(int(cs->skipped.size()), 1);
        QVERIFY2(cs->skipped.front().source.contains(QLatin1Char(':') + notEvaluated), qPrintable(cs->skipped.front().source));
        const QString &reason = cs->skipped.front().reason;
        QVERIFY(!reason.isEmpty());
        if (notEvaluated == QLatin1String("sealed"))
            QVERIFY2(reason.contains(QLatin1String("Shelf.Vault.init/1")), qPrintable(reason));
    }
}

QTEST_GUILESS_MAIN(TestChangesetCustomType)
#include "tst_changesetcustomtype.moc"
