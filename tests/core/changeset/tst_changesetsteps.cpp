// The pipeline as the preview shows it: every step of a changeset function with
// how it ran (directly, through the interpreter, or not at all, with its source and
// why), and the form read off a probe run: cast fields with their types, the
// confirmation and acceptance params, required and masked fields.
#include "changeset/changesetform.h"
#include "changeset/changesetjson.h"
#include "changeset/changesetrunner.h"
#include "value/termjson.h"
#include "project/projectloader.h"

#include <QTest>

using namespace ectowb;
using namespace ectowb::changeset;
using namespace ectowb::value;

namespace {

QString statusName(PipelineStep::Status s)
{
    switch (s) {
    case PipelineStep::Status::Applied:
        return QStringLiteral("applied");
    case PipelineStep::Status::Interpreted:
        return QStringLiteral("interpreted");
    case PipelineStep::Status::NotEvaluated:
        return QStringLiteral("skipped");
    case PipelineStep::Status::Expanded:
        return QStringLiteral("expanded");
    case PipelineStep::Status::Skipped:
        return QStringLiteral("branch-skipped");
    case PipelineStep::Status::Raised:
        return QStringLiteral("raised");
    }
    return QString();
}

QString stepsText(const Changeset &cs)
{
    QStringList out;
    for (const PipelineStep &s : cs.steps)
        out << QString(s.depth, QLatin1Char('>')) + s.function + QLatin1Char(':') + statusName(s.status);
    return out.join(QLatin1Char(' '));
}

QString formText(const QList<FormField> &fields)
{
    QStringList out;
    for (const FormField &f : fields) {
        QString entry = f.name + QLatin1Char('=') + f.type.toElixir();
        if (f.kind == FormField::Kind::Confirmation)
            entry += QStringLiteral("(confirms ") + f.confirms + QLatin1Char(')');
        if (f.kind == FormField::Kind::Acceptance)
            entry += QStringLiteral("(acceptance)");
        if (f.required)
            entry += QLatin1Char('*');
        if (f.secret)
            entry += QStringLiteral("(secret)");
        out << entry;
    }
    return out.join(QLatin1Char(' '));
}

Term params(const char *json)
{
    Result<Term> t = TermJson::parse(QByteArray(json));
    Q_ASSERT(t.isOk());
    return *t;
}

} // namespace

class TestChangesetSteps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void steps_data();
    void steps();
    void notEvaluatedStepsKeepTheirSource();
    void attributesAndAliasesResolve();
    void helperArguments();
    void branchNotTakenIsSkipped_data();
    void branchNotTakenIsSkipped();
    void thenClosures_data();
    void thenClosures();
    void raisedSteps_data();
    void raisedSteps();
    void form_data();
    void form();

private:
    std::unique_ptr<ChangesetRunner> m_blog;
    std::unique_ptr<ChangesetRunner> m_fixture;
    ChangesetRunner *runner(const QString &module) { return module.startsWith(u"Blog.") ? m_blog.get() : m_fixture.get(); }
};

void TestChangesetSteps::initTestCase()
{
    project::Project blog = project::ProjectLoader::load(QStringLiteral(ECTOWB_SOURCE_DIR "/resources/sample/blog"));
    QVERIFY(blog.errors.isEmpty());
    m_blog = std::make_unique<ChangesetRunner>(std::move(blog));
    project::Project fixture = project::ProjectLoader::load(QStringLiteral(ECTOWB_TEST_DATA "/projects/changesets"));
    QVERIFY(fixture.errors.isEmpty());
    QVERIFY(fixture.schema(QStringLiteral("Steps.Account")));
    m_fixture = std::make_unique<ChangesetRunner>(std::move(fixture));
}

void TestChangesetSteps::steps_data()
{
    QTest::addColumn<QString>("module");
    QTest::addColumn<QString>("function");
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("skipped");

    QTest::newRow("post changeset: put_slug interpreted")
        << "Blog.Post" << "changeset" << QByteArray(R"({"title": "Hello World", "body": "long enough body"})")
        << "cast:applied validate_required:applied validate_length:applied validate_length:applied put_slug:interpreted "
           ">put_change:interpreted validate_format:applied validate_number:applied unique_constraint:applied foreign_key_constraint:applied "
           "check_constraint:applied"
        << 0;
    QTest::newRow("profile: validate_change interpreted")
        << "Blog.Profile" << "changeset" << QByteArray(R"({"website": "ftp://x", "user_id": 1})")
        << "cast:applied validate_required:applied validate_length:applied validate_change:interpreted "
           "unique_constraint:applied assoc_constraint:applied"
        << 0;
    QTest::newRow("publish: change first")
        << "Blog.Post" << "publish_changeset" << QByteArray("{}")
        << "change:applied cast:applied validate_required:applied assoc_constraint:applied" << 0;
    QTest::newRow("delete: no cast") << "Blog.Post" << "delete_changeset" << QByteArray("{}")
                                     << "change:applied no_assoc_constraint:applied" << 0;
    QTest::newRow("qualified and aliased calls")
        << "Steps.Account" << "changeset" << QByteArray(R"({"name": "Ada Lovelace", "email": "ada"})")
        << "Ecto.Changeset.cast:applied Changeset.validate_required:applied Changeset.validate_length:applied "
           "Ecto.Changeset.validate_inclusion:applied put_slug:interpreted >Changeset.put_change:interpreted "
           "Changeset.validate_change:interpreted "
           "Changeset.unique_constraint:applied"
        << 0;
    QTest::newRow("repo, I/O; validator not called without a change")
        << "Steps.Account" << "external_changeset" << QByteArray(R"({"name": "Ada"})")
        << "Changeset.cast:applied Changeset.validate_required:applied check_blocklist:skipped log_attempt:skipped "
           "Changeset.validate_change:interpreted Changeset.validate_length:applied"
        << 2;
    QTest::newRow("helper pipeline expanded")
        << "Steps.Account" << "contact_changeset" << QByteArray(R"({"name": "Ada", "email": "ada"})")
        << "Changeset.cast:applied validate_email:expanded >Changeset.validate_required:applied "
           ">Changeset.validate_format:applied >Changeset.validate_length:applied Changeset.validate_required:applied"
        << 0;
    QTest::newRow("validator calling an unknown module")
        << "Steps.Account" << "external_changeset" << QByteArray(R"({"name": "Ada", "nickname": "ace"})")
        << "Changeset.cast:applied Changeset.validate_required:applied check_blocklist:skipped log_attempt:skipped "
           "Changeset.validate_change:skipped Changeset.validate_length:applied"
        << 3;
}

void TestChangesetSteps::steps()
{
    QFETCH(QString, module);
    QFETCH(QString, function);
    QFETCH(QByteArray, params);
    QFETCH(QString, expected);
    QFETCH(int, skipped);
    Result<Changeset> cs = runner(module)->run(module, function, Term::nil(), ::params(params.constData()));
    QVERIFY2(cs, qPrintable(cs.error()));
    QCOMPARE(stepsText(*cs), expected);
    QCOMPARE(int(cs->skipped.size()), skipped);
    int notEvaluated = 0;
    for (const PipelineStep &s : cs->steps) {
        QVERIFY2(!s.source.isEmpty(), qPrintable(s.function));
        QVERIFY(s.pos.line > 0);
        if (s.status == PipelineStep::Status::NotEvaluated) {
            ++notEvaluated;
            QVERIFY(!s.reason.isEmpty());
            QCOMPARE(s.errorsAdded, 0);
        }
    }
    QCOMPARE(notEvaluated, skipped);
}

// A helper whose body is one if/case lists the calls of every branch under it: the
// taken branch's as interpreted, the others' as skipped with the branch they sit in.
void TestChangesetSteps::branchNotTakenIsSkipped_data()
{
    QTest::addColumn<QString>("module");
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<QString>("branchStep");
    QTest::addColumn<QString>("reason");
    QTest::newRow("case clause taken") << "Blog.Post" << QByteArray(R"({"title": "Hello World"})") << ">put_change:interpreted"
                                       << "";
    QTest::newRow("case clause not taken: the slug is given")
        << "Blog.Post" << QByteArray(R"({"title": "Hello World", "slug": "given"})") << ">put_change:branch-skipped"
        << "{nil, title} when is_binary(title)";
    QTest::newRow("second clause taken") << "Steps.Account" << QByteArray(R"({"name": "Ada", "email": "a@b"})")
                                         << ">Changeset.put_change:interpreted" << "";
    QTest::newRow("no name: nil clause") << "Steps.Account" << QByteArray(R"({"email": "a@b"})")
                                         << ">Changeset.put_change:branch-skipped" << "name";
}

void TestChangesetSteps::branchNotTakenIsSkipped()
{
    QFETCH(QString, module);
    QFETCH(QByteArray, params);
    QFETCH(QString, branchStep);
    QFETCH(QString, reason);
    Result<Changeset> cs = runner(module)->run(module, QStringLiteral("changeset"), Term::nil(), ::params(params.constData()));
    QVERIFY2(cs, qPrintable(cs.error()));
    const QStringList steps = stepsText(*cs).split(QLatin1Char(' '));
    const qsizetype helper = steps.indexOf(QStringLiteral("put_slug:interpreted"));
    QVERIFY2(helper >= 0, qPrintable(stepsText(*cs)));
    QCOMPARE(steps.value(helper + 1), branchStep);
    const PipelineStep &branch = cs->steps.at(size_t(helper + 1));
    QCOMPARE(branch.depth, 1);
    QCOMPARE(branch.reason, reason);
    QVERIFY(branch.source.contains(QLatin1String("put_change(changeset, :slug")));
}

// then(fn cs -> ... end) is opened like a helper: a pipeline inside it runs step by
// step one level down; an if or case inside it lists every branch's calls, the
// taken one's as run and the others' as skipped.
void TestChangesetSteps::thenClosures_data()
{
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("errors"); // field: message
    QTest::newRow("email and score given")
        << QByteArray(R"({"name": "Ada", "email": "a@b", "score": 5})")
        << "Changeset.cast:applied then:expanded >Changeset.validate_required:applied >Changeset.validate_length:applied "
           "then:interpreted >Changeset.validate_format:interpreted >Changeset.add_error:branch-skipped "
           "then:interpreted >Changeset.validate_number:interpreted"
        << QStringList();
    QTest::newRow("neither: the else branch and the catch-all clause")
        << QByteArray(R"({"name": "A"})")
        << "Changeset.cast:applied then:expanded >Changeset.validate_required:applied >Changeset.validate_length:applied "
           "then:interpreted >Changeset.validate_format:branch-skipped >Changeset.add_error:interpreted "
           "then:interpreted >Changeset.validate_number:branch-skipped"
        << QStringList{QStringLiteral("email: is missing"), QStringLiteral("name: should be at least %{count} character(s)")};
}

void TestChangesetSteps::thenClosures()
{
    QFETCH(QByteArray, params);
    QFETCH(QString, expected);
    QFETCH(QStringList, errors);
    Result<Changeset> cs = m_fixture->run(QStringLiteral("Steps.Account"), QStringLiteral("then_changeset"), Term::nil(),
                                          ::params(params.constData()));
    QVERIFY2(cs, qPrintable(cs.error()));
    QCOMPARE(stepsText(*cs), expected);
    QVERIFY(cs->skipped.empty());
    QStringList got;
    for (const ChangesetError &e : cs->errors)
        got << e.field + QStringLiteral(": ") + e.message;
    QCOMPARE(got, errors);
    for (const PipelineStep &s : cs->steps) {
        QVERIFY2(s.pos.line > 0, qPrintable(s.source));
        if (s.depth == 1)
            QVERIFY2(s.source.startsWith(QLatin1String("Changeset.")), qPrintable(s.source));
    }
}

// A function that raises still tells how far its pipeline got: the steps before
// the raise, and the raising step marked with the error.
void TestChangesetSteps::raisedSteps_data()
{
    QTest::addColumn<QString>("module");
    QTest::addColumn<QString>("function");
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("error");
    QTest::newRow("update_change on nil") << "Forms.Order" << "gen_0149_changeset" << QByteArray(R"({"reference": "\t\n"})")
                                          << "cast:applied cast_embed:interpreted add_error:interpreted validate_subset:applied "
                                             "update_change:raised"
                                          << "String.trim";
    QTest::newRow("params not a map") << "Forms.Address" << "gen_0140_changeset" << QByteArray("null") << "cast:raised"
                                      << "Ecto.CastError";
}

void TestChangesetSteps::raisedSteps()
{
    QFETCH(QString, module);
    QFETCH(QString, function);
    QFETCH(QByteArray, params);
    QFETCH(QString, expected);
    QFETCH(QString, error);
    project::Project forms = project::ProjectLoader::load(QStringLiteral(ECTOWB_SHARED_DIR "/conformance/projects/forms"));
    QVERIFY(forms.errors.isEmpty());
    ChangesetRunner runner(std::move(forms));
    Result<Changeset> cs = runner.run(module, function, Term::nil(), ::params(params.constData()));
    QVERIFY(!cs);
    QVERIFY2(cs.error().contains(error), qPrintable(cs.error()));
    Changeset trail;
    trail.steps = runner.raisedSteps();
    QCOMPARE(stepsText(trail), expected);
    QCOMPARE(trail.steps.back().reason, cs.error());
    // A run that returns a changeset leaves no raised steps behind.
    QVERIFY(runner.run(module, function, Term::nil(), Term::map({})));
    QVERIFY(runner.raisedSteps().empty());
}

void TestChangesetSteps::notEvaluatedStepsKeepTheirSource()
{
    Result<Changeset> cs = m_fixture->run(QStringLiteral("Steps.Account"), QStringLiteral("external_changeset"), Term::nil(),
                                          params(R"({"name": "Ada", "nickname": "ace"})"));
    QVERIFY2(cs, qPrintable(cs.error()));
    QCOMPARE(cs->skipped.size(), size_t(3));
    QCOMPARE(cs->skipped[0].source, QStringLiteral("check_blocklist()"));
    QVERIFY2(cs->skipped[0].reason.contains(QLatin1String("database access")), qPrintable(cs->skipped[0].reason));
    QCOMPARE(cs->skipped[1].source, QStringLiteral("log_attempt()"));
    QVERIFY2(cs->skipped[1].reason.contains(QLatin1String("(I/O)")), qPrintable(cs->skipped[1].reason));
    QVERIFY2(cs->skipped[2].source.startsWith(QLatin1String("Changeset.validate_change(:nickname, fn")),
             qPrintable(cs->skipped[2].source));
    QVERIFY2(cs->skipped[2].reason.contains(QLatin1String("unknown module Steps.Profanity")), qPrintable(cs->skipped[2].reason));
    QCOMPARE(cs->skipped[2].pos.line, cs->steps[4].pos.line);
    // The steps after a skipped one still run: a name over 20 characters fails.
    Result<Changeset> longName = m_fixture->run(QStringLiteral("Steps.Account"), QStringLiteral("external_changeset"),
                                                Term::nil(), params(R"({"name": "Ada Augusta King Lovelace"})"));
    QVERIFY(longName);
    QVERIFY(!longName->valid);
    QCOMPARE(longName->steps.back().errorsAdded, 1);
    // The JSON lists them as not evaluated, with their source and position.
    const Term json = ChangesetJson::describe(*cs);
    const std::optional<Term> notEvaluated = json.get(u"not_evaluated");
    QVERIFY(notEvaluated && notEvaluated->isList());
    QCOMPARE(notEvaluated->elements().size(), size_t(3));
    QCOMPARE(notEvaluated->elements()[1].get(u"source")->text(), QStringLiteral("log_attempt()"));
}

void TestChangesetSteps::attributesAndAliasesResolve()
{
    // @min_name is 2 and @codes ~w(alpha beta): both reach the validations.
    Result<Changeset> cs = m_fixture->run(QStringLiteral("Steps.Account"), QStringLiteral("changeset"), Term::nil(),
                                          params(R"({"name": "A", "code": "gamma", "email": "x@y"})"));
    QVERIFY2(cs, qPrintable(cs.error()));
    QStringList messages;
    for (const ChangesetError &e : cs->errors)
        messages << e.field + QLatin1Char(' ') + ChangesetJson::interpolate(e);
    QCOMPARE(messages, (QStringList{QStringLiteral("code is invalid"), QStringLiteral("name should be at least 2 character(s)")}));
    QCOMPARE(cs->change(QStringLiteral("slug"))->text(), QStringLiteral("a"));
    QCOMPARE(cs->steps[2].errorsAdded, 1);
    QCOMPARE(cs->steps[3].errorsAdded, 1);
    QCOMPARE(cs->permitted, (QStringList{QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("code"),
                                         QStringLiteral("plan"), QStringLiteral("score")}));
    // The custom validator runs through the interpreter and its error counts.
    Result<Changeset> noAt = m_fixture->run(QStringLiteral("Steps.Account"), QStringLiteral("changeset"), Term::nil(),
                                            params(R"({"name": "Ada", "email": "ada"})"));
    QVERIFY(noAt);
    QCOMPARE(noAt->errors.size(), size_t(1));
    QCOMPARE(noAt->errors[0].message, QStringLiteral("needs an @"));
    // steps[5] is put_slug's case clause, listed under it.
    QCOMPARE(noAt->steps[6].function, QStringLiteral("Changeset.validate_change"));
    QCOMPARE(noAt->steps[6].errorsAdded, 1);
}

void TestChangesetSteps::helperArguments()
{
    // `max` is the helper's own parameter: 20, from the call site.
    Result<Changeset> cs = m_fixture->run(QStringLiteral("Steps.Account"), QStringLiteral("contact_changeset"), Term::nil(),
                                          params(R"({"name": "Ada", "email": "ada.augusta.lovelace@example.com"})"));
    QVERIFY2(cs, qPrintable(cs.error()));
    QCOMPARE(cs->errors.size(), size_t(1));
    QCOMPARE(ChangesetJson::interpolate(cs->errors[0]), QStringLiteral("should be at most 20 character(s)"));
    QCOMPARE(cs->steps[1].errorsAdded, 1); // the helper counts what its steps added
    QCOMPARE(cs->steps[4].errorsAdded, 1);
    QCOMPARE(cs->steps[1].source, QStringLiteral("validate_email(20)"));
    // Run again: the helper is looked up once, the result is the same.
    Result<Changeset> again = m_fixture->run(QStringLiteral("Steps.Account"), QStringLiteral("contact_changeset"), Term::nil(),
                                             params(R"({"name": "Ada"})"));
    QVERIFY(again);
    QCOMPARE(ChangesetJson::interpolate(again->errors[0]), QStringLiteral("can't be blank"));
    QCOMPARE(again->errors[0].field, QStringLiteral("email"));
}

void TestChangesetSteps::form_data()
{
    QTest::addColumn<QString>("module");
    QTest::addColumn<QString>("function");
    QTest::addColumn<QString>("expected");
    QTest::newRow("registration") << "Blog.User" << "registration_changeset"
                                  << "name=:string* email=:string* age=:integer password=:string*(secret) "
                                     "password_confirmation=:string(confirms password)(secret)";
    QTest::newRow("profile settings") << "Blog.User" << "profile_changeset"
                                      << "name=:string* age=:integer role=:string is_active=:boolean";
    QTest::newRow("post") << "Blog.Post" << "changeset"
                          << "title=:string* body=:string* slug=:string view_count=:integer author_id=:id";
    QTest::newRow("publish") << "Blog.Post" << "publish_changeset" << "published_at=:utc_datetime*";
    QTest::newRow("delete") << "Blog.Post" << "delete_changeset" << "";
    QTest::newRow("comment") << "Blog.Comment" << "create_changeset" << "body=:string* post_id=:id* user_id=:id";
    QTest::newRow("moderation") << "Blog.Comment" << "moderation_changeset" << "is_approved=:boolean* body=:string*";
    QTest::newRow("tag") << "Blog.Tag" << "changeset" << "name=:string* slug=:string*";
    QTest::newRow("profile") << "Blog.Profile" << "changeset" << "bio=:string website=:string birth_date=:date user_id=:id*";
    QTest::newRow("filter") << "Blog.PostFilter" << "changeset"
                            << "query=:string tags={:array, :string} status=Ecto.Enum min_rating=:decimal "
                               "since=:naive_datetime posted_before=:time min_score=:float options=:map page=:integer "
                               "per_page=:integer";
    QTest::newRow("signup") << "Blog.Signup" << "changeset"
                            << "name=:string* email=:string* password=:string*(secret) "
                               "password_confirmation=:string(confirms password)(secret) invite_code=:string "
                               "human_check=:integer* newsletter=:boolean terms_of_service=:boolean(acceptance)";
    QTest::newRow("every type") << "Steps.Kitchen" << "changeset"
                                << "title=:string* servings=:integer* ratio=:float vegan=:boolean price=:decimal "
                                   "best_before=:date opens_at=:time precise_at=:time_usec baked_at=:naive_datetime "
                                   "baked_at_usec=:naive_datetime_usec served_at=:utc_datetime "
                                   "served_at_usec=:utc_datetime_usec extras=:map flavours={:array, :string} "
                                   "counts={:array, :integer} batch=Ecto.UUID mood=Ecto.Enum secret=:string(secret) "
                                   "secret_confirmation=:string(confirms secret)(secret) pin=:string "
                                   "terms=:boolean(acceptance)";
}

void TestChangesetSteps::form()
{
    QFETCH(QString, module);
    QFETCH(QString, function);
    QFETCH(QString, expected);
    Result<Changeset> probe = runner(module)->run(module, function, Term::nil(), Term::map({}));
    QVERIFY2(probe, qPrintable(probe.error()));
    QCOMPARE(formText(ChangesetForm::fields(*probe)), expected);
}

QTEST_GUILESS_MAIN(TestChangesetSteps)
#include "tst_changesetsteps.moc"
