// `ectowb changeset` through the real executable: every conformance case gives
// Ecto's valid/changes/errors/messages (or an {"error"} with exit status 1 where Ecto
// raised), and misuse fails with exit status 1 and a JSON error.
#include "value/termjson.h"

#include "conformancecases.h"
#include "processrun.h"
#include "testpaths.h"

#include <QTest>

using namespace ectowb;
using namespace ectowb::changeset;
using namespace ectowb::value;

namespace {

using testsupport::ProcessRun;

ProcessRun cli(const QStringList &args)
{
    return testsupport::runCli(QStringLiteral("changeset"), args);
}

const QString sample = testsupport::sampleProjectDir();
using testsupport::field;

QStringList args(const QString &schema, const QString &function, const QString &params)
{
    return {QStringLiteral("--project"), sample, QStringLiteral("--schema"), schema, QStringLiteral("--function"), function,
            QStringLiteral("--params"), params, QStringLiteral("--json")};
}

} // namespace

class TestChangesetCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conformance_data();
    void conformance();
    void validAndInvalid();
    void failures_data();
    void failures();
    void humanOutput();
    void parameterizedType();
};

void TestChangesetCli::conformance_data()
{
    QTest::addColumn<QByteArray>("line");
    const auto lines = testsupport::readJsonLines(testsupport::conformanceDir() + QStringLiteral("/changesets.jsonl"));
    QVERIFY(lines);
    for (const QByteArray &line : *lines)
        QTest::newRow(qPrintable(field(*TermJson::parse(line), "id").text())) << line;
}

void TestChangesetCli::conformance()
{
    QFETCH(QByteArray, line);
    const Term c = *TermJson::parse(line);
    QStringList a = args(field(c, "schema").text(), field(c, "function").text(),
                         testsupport::termJson(field(c, "params")));
    if (!field(c, "data").isNil())
        a << QStringLiteral("--data") << testsupport::termJson(field(c, "data"));
    const ProcessRun r = cli(a);
    const Term expected = field(c, "expected");
    Result<Term> out = TermJson::parse(r.out);
    QVERIFY2(out, qPrintable(QString::fromUtf8(r.out + r.err)));
    if (expected.get(u"error")) {
        QCOMPARE(r.exitCode, 1);
        QVERIFY(field(*out, "error").isString());
        return;
    }
    QCOMPARE(r.exitCode, 0);
    for (const char *key : {"valid", "changes", "errors", "messages"})
        QVERIFY2(field(*out, key) == field(expected, key),
                 qPrintable(QStringLiteral("%1: %2 vs %3").arg(QLatin1String(key), testsupport::termJson(field(*out, key)),
                                                               testsupport::termJson(field(expected, key)))));
}

void TestChangesetCli::validAndInvalid()
{
    const ProcessRun ok = cli(args(QStringLiteral("Blog.Tag"), QStringLiteral("changeset"),
                                  QStringLiteral(R"({"name": "Elixir", "slug": "elixir"})")));
    QCOMPARE(ok.exitCode, 0);
    const Term good = *TermJson::parse(ok.out);
    QVERIFY(field(good, "valid").isTrue());
    QCOMPARE(field(field(good, "changes"), "slug").text(), QStringLiteral("elixir"));
    QVERIFY(field(good, "errors").elements().empty());

    // An invalid changeset is still a result: exit 0, the errors as Ecto keeps them.
    const ProcessRun bad = cli(args(QStringLiteral("Blog.Tag"), QStringLiteral("changeset"),
                                   QStringLiteral(R"({"name": "E", "slug": "Not A Slug"})")));
    QCOMPARE(bad.exitCode, 0);
    const Term invalid = *TermJson::parse(bad.out);
    QVERIFY(!field(invalid, "valid").isTruthy());
    const auto &errors = field(invalid, "errors").elements();
    QCOMPARE(errors.size(), size_t(2));
    QCOMPARE(field(errors[0], "field").text(), QStringLiteral("slug"));
    QCOMPARE(field(errors[0], "message").text(), QStringLiteral("must be lowercase letters, digits and dashes"));
    QCOMPARE(field(field(errors[0], "keys"), "validation").text(), QStringLiteral("format"));
    QCOMPARE(field(errors[1], "message").text(), QStringLiteral("should be at least %{count} character(s)"));
    QCOMPARE(field(field(errors[1], "keys"), "count").integerValue(), 2);
    QCOMPARE(field(field(invalid, "messages"), "name").elements()[0].text(), QStringLiteral("should be at least 2 character(s)"));
}

void TestChangesetCli::failures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown schema") << args(QStringLiteral("Blog.Nope"), QStringLiteral("changeset"), QStringLiteral("{}"))
                                    << "Blog.Nope is not an Ecto schema of this project";
    QTest::newRow("unknown function") << args(QStringLiteral("Blog.Tag"), QStringLiteral("nope"), QStringLiteral("{}"))
                                      << "UndefinedFunctionError: function Blog.Tag.nope/2 is undefined";
    QTest::newRow("params not JSON") << args(QStringLiteral("Blog.Tag"), QStringLiteral("changeset"), QStringLiteral("{name:"))
                                     << "--params: invalid JSON";
    QTest::newRow("params not a map") << args(QStringLiteral("Blog.Tag"), QStringLiteral("changeset"), QStringLiteral("null"))
                                      << "Ecto.CastError: expected params to be a :map, got: `nil`";
    QTest::newRow("no function") << QStringList{QStringLiteral("--project"), sample, QStringLiteral("--schema"),
                                                QStringLiteral("Blog.Tag"), QStringLiteral("--params"), QStringLiteral("{}"),
                                                QStringLiteral("--json")}
                                 << "--function is required";
}

void TestChangesetCli::failures()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    const ProcessRun r = cli(arguments);
    QCOMPARE(r.exitCode, 1);
    Result<Term> out = TermJson::parse(r.out);
    QVERIFY2(out, r.out.constData());
    QVERIFY2(field(*out, "error").text().startsWith(error), qPrintable(field(*out, "error").text()));
    QCOMPARE(out->pairs().size(), size_t(1));
}

void TestChangesetCli::humanOutput()
{
    const ProcessRun r = cli({QStringLiteral("--project"), sample, QStringLiteral("--schema"), QStringLiteral("Blog.User"),
                             QStringLiteral("--function"), QStringLiteral("profile_changeset"), QStringLiteral("--params"),
                             QStringLiteral(R"({"name": "admin"})")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("valid?: false\n"), r.out.constData());
    QVERIFY(r.out.contains("  name: is reserved\n"));
    const ProcessRun failed = cli({QStringLiteral("--project"), QStringLiteral("/no/such/dir"), QStringLiteral("--schema"),
                                  QStringLiteral("Blog.User"), QStringLiteral("--function"), QStringLiteral("x"),
                                  QStringLiteral("--params"), QStringLiteral("{}")});
    QCOMPARE(failed.exitCode, 1);
    QVERIFY(failed.err.startsWith("ectowb changeset: "));
}

// The CLI casts a project's Ecto.ParameterizedType through the same runner as the
// preview: the type's own error with Ecto's :type, and a field whose init/1 cannot
// run listed as not evaluated rather than invalid.
void TestChangesetCli::parameterizedType()
{
    const ProcessRun r = cli({QStringLiteral("--project"), QStringLiteral(ECTOWB_TEST_DATA "/projects/paramtypes"),
                             QStringLiteral("--schema"), QStringLiteral("Shelf.Book"), QStringLiteral("--function"),
                             QStringLiteral("changeset"), QStringLiteral("--params"),
                             QStringLiteral(R"({"title": "t", "genre": "drama", "sealed": "x"})"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const Result<Term> out = TermJson::parse(r.out);
    QVERIFY2(out, r.out.constData());
    QVERIFY(!field(*out, "valid").isTruthy());
    const auto &errors = field(*out, "errors").elements();
    QCOMPARE(errors.size(), size_t(1));
    QCOMPARE(field(errors[0], "field").text(), QStringLiteral("genre"));
    QCOMPARE(field(errors[0], "message").text(), QStringLiteral("must be one of %{values}"));
    const Term type = field(field(errors[0], "keys"), "type");
    QVERIFY2(type.isList() && type.elements().size() == 2 && type.elements()[0].text() == QLatin1String("parameterized"),
             qPrintable(testsupport::termJson(type)));
    const auto &skipped = field(*out, "not_evaluated").elements();
    QCOMPARE(skipped.size(), size_t(1));
    QVERIFY(field(skipped[0], "source").text().contains(QLatin1String(":sealed")));
    QVERIFY(field(skipped[0], "reason").text().contains(QLatin1String("Shelf.Vault.init/1")));
}

QTEST_GUILESS_MAIN(TestChangesetCli)
#include "tst_changesetcli.moc"
