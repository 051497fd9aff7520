// A changeset as IEx prints it (Ecto 3.13's Inspect for Ecto.Changeset), and the
// messages of its errors with and without a translation installed.
#include "changeset/changesetinspect.h"
#include "changeset/changesetrunner.h"
#include "changeset/ectomessages.h"
#include "value/termjson.h"
#include "project/projectloader.h"

#include <QTest>
#include <QTranslator>

using namespace ectowb;
using namespace ectowb::changeset;
using namespace ectowb::value;

namespace {

// A translator that knows one template, to check translation happens before interpolation.
class OneMessage : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QByteArray(context) == EctoMessages::context() && QByteArray(source) == "should be at least %{count} character(s)")
            return QStringLiteral("sollte mindestens %{count} Zeichen lang sein");
        return QString();
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestChangesetInspect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void inspect_data();
    void inspect();
    void messages();

private:
    std::unique_ptr<ChangesetRunner> m_runner;
};

void TestChangesetInspect::initTestCase()
{
    m_runner = std::make_unique<ChangesetRunner>(project::ProjectLoader::load(QStringLiteral(ECTOWB_SOURCE_DIR "/resources/sample/blog")));
}

void TestChangesetInspect::inspect_data()
{
    QTest::addColumn<QString>("module");
    QTest::addColumn<QString>("function");
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<QString>("expected");
    // Only plain entries: Inspect.Algebra fills the lines (flex) instead of one a line.
    QTest::newRow("plain entries flow") << "Blog.Post" << "delete_changeset" << QByteArray("{}")
                                        << "#Ecto.Changeset<action: nil, changes: %{}, errors: [], data: #Blog.Post<>,\n"
                                           " valid?: true, ...>";
    QTest::newRow("one entry a line") << "Blog.Tag" << "changeset" << QByteArray(R"({"name": "Elixir", "slug": "elixir"})")
                                      << "#Ecto.Changeset<\n  action: nil,\n  changes: %{name: \"Elixir\", slug: \"elixir\"},\n"
                                         "  errors: [],\n  data: #Blog.Tag<>,\n  valid?: true,\n  ...\n>";
    QTest::newRow("errors broken over lines")
        << "Blog.User" << "registration_changeset" << QByteArray(R"({"name": "Ada"})")
        << "#Ecto.Changeset<\n  action: nil,\n  changes: %{name: \"Ada\", role: \"reader\"},\n  errors: [\n"
           "    email: {\"can't be blank\", [validation: :required]},\n"
           "    password: {\"can't be blank\", [validation: :required]}\n  ],\n  data: #Blog.User<>,\n  valid?: false,\n  ...\n>";
    QTest::newRow("redacted and typed values")
        << "Blog.Signup" << "changeset"
        << QByteArray(R"({"name": "Ada", "email": "a@b", "password": "pw", "password_confirmation": "pw", "human_check": "7", "terms_of_service": "true"})")
        << "#Ecto.Changeset<\n  action: nil,\n  changes: %{\n    email: \"a@b\",\n    human_check: 7,\n    name: \"Ada\",\n"
           "    password: \"**redacted**\"\n  },\n  errors: [],\n  data: #Blog.Signup<>,\n  valid?: true,\n  ...\n>";
    // Decimal 2.x inspects as code: Decimal.new("4.50"), the scale kept.
    QTest::newRow("decimal changes") << "Blog.PostFilter" << "changeset" << QByteArray(R"({"min_rating": "4.50"})")
                                     << "#Ecto.Changeset<\n  action: nil,\n  changes: %{min_rating: Decimal.new(\"4.50\")},\n"
                                        "  errors: [],\n  data: #Blog.PostFilter<>,\n  valid?: true,\n  ...\n>";
    QTest::newRow("decimal in scientific form") << "Blog.PostFilter" << "changeset" << QByteArray(R"({"min_rating": "1e-7"})")
                                                << "#Ecto.Changeset<\n  action: nil,\n  changes: %{min_rating: Decimal.new(\"1E-7\")},\n"
                                                   "  errors: [],\n  data: #Blog.PostFilter<>,\n  valid?: true,\n  ...\n>";
}

void TestChangesetInspect::inspect()
{
    QFETCH(QString, module);
    QFETCH(QString, function);
    QFETCH(QByteArray, params);
    QFETCH(QString, expected);
    Result<Changeset> cs = m_runner->run(module, function, Term::nil(), *TermJson::parse(params));
    QVERIFY2(cs, qPrintable(cs.error()));
    QCOMPARE(ChangesetInspect::inspect(*cs), expected);
}

void TestChangesetInspect::messages()
{
    Result<Changeset> cs = m_runner->run(QStringLiteral("Blog.User"), QStringLiteral("profile_changeset"), Term::nil(),
                                         *TermJson::parse(QByteArray(R"({"name": "A", "role": "king"})")));
    QVERIFY(cs);
    QCOMPARE(cs->errors.size(), size_t(2));
    QCOMPARE(EctoMessages::translate(cs->errors[0]), QStringLiteral("is invalid"));
    QCOMPARE(EctoMessages::translate(cs->errors[1]), QStringLiteral("should be at least 2 character(s)"));
    OneMessage german;
    QVERIFY(QCoreApplication::installTranslator(&german));
    QCOMPARE(EctoMessages::translate(cs->errors[1]), QStringLiteral("sollte mindestens 2 Zeichen lang sein"));
    // A message the function wrote itself is never translated.
    Result<Changeset> own = m_runner->run(QStringLiteral("Blog.User"), QStringLiteral("profile_changeset"), Term::nil(),
                                          *TermJson::parse(QByteArray(R"({"age": 3})")));
    QCOMPARE(EctoMessages::translate(own->errors[0]), QStringLiteral("please tell us your name"));
    QVERIFY(!EctoMessages::isKnownTemplate(QStringLiteral("please tell us your name")));
    QCoreApplication::removeTranslator(&german);
    // traverse_errors as IEx prints its map: fields sorted, one a line once it is long.
    QCOMPARE(ChangesetInspect::traverseErrors(EctoMessages::messages(*cs)),
             QStringLiteral("%{name: [\"should be at least 2 character(s)\"], role: [\"is invalid\"]}"));
    Result<Changeset> many = m_runner->run(QStringLiteral("Blog.User"), QStringLiteral("registration_changeset"), Term::nil(),
                                           *TermJson::parse(QByteArray(R"({"email": "x", "age": 7})")));
    QCOMPARE(ChangesetInspect::traverseErrors(EctoMessages::messages(*many)),
             QStringLiteral("%{\n  age: [\"must be greater than or equal to 13\"],\n  email: [\"must be a valid email address\"],\n"
                            "  name: [\"can't be blank\"],\n  password: [\"can't be blank\"]\n}"));
    QCOMPARE(ChangesetInspect::traverseErrors({}), QStringLiteral("%{}"));
}

QTEST_GUILESS_MAIN(TestChangesetInspect)
#include "tst_changesetinspect.moc"
