// Fields of a project's own Ecto.ParameterizedType, as Ecto 3.13 casts them: the
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

class TestChangesetParameterized : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cast_data();
    void cast();

private:
    std::unique_ptr<ChangesetRunner> m_runner;
};

void TestChangesetParameterized::initTestCase()
{
    project::Project project = project::ProjectLoader::load(QStringLiteral(ECTOWB_TEST_DATA "/projects/paramtypes"));
    QVERIFY(project.schema(QStringLiteral("Shelf.Book")));
    m_runner = std::make_unique<ChangesetRunner>(std::move(project));
}

void TestChangesetParameterized::cast_data()
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

void TestChangesetParameterized::cast()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, params);
    QFETCH(bool, valid);
    QFETCH(QByteArray, changes);
    QFETCH(QByteArray, errors);
    QFETCH(QString, notEvaluated);
    const Result<Changeset> cs = m_runner->run(QStringLiteral("Shelf.Book"), QStringLiteral("changeset"),
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

QTEST_GUILESS_MAIN(TestChangesetParameterized)
#include "tst_changesetparameterized.moc"
