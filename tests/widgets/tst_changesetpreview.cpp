// The changeset preview offscreen over every changeset function of the sample: the
// form builds with editors fitting the field types, typing shows Ecto's errors under
// the field and flips valid?, a rolled-back insert shows "has already been taken"
// on a real SQLite file without writing, a save writes, a loaded row is updated, and
// the messages follow the language. Screenshots in English and German are written
// where ECTOWB_SCREENSHOT_DIR says.
#include "booleanfieldeditor.h"
#include "changesetformview.h"
#include "changesetpreview.h"
#include "workspace/workspace.h"
#include "changesetresultpanel.h"
#include "enumfieldeditor.h"
#include "listfieldeditor.h"
#include "mapfieldeditor.h"
#include "temporalfieldeditor.h"
#include "textfieldeditor.h"
#include "translationloader.h"
#include "changeset/changesetform.h"
#include "changeset/changesetrunner.h"
#include "value/termjson.h"
#include "db/connection.h"
#include "migration/migrator.h"
#include "models/pipelinestepmodel.h"
#include "project/projectloader.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTemporaryDir>
#include <QtTest>

using namespace ectowb;
using widgets::ChangesetPreview;
using widgets::FieldEditor;

namespace {

constexpr int JobTimeout = 30000;

QString editorKind(const FieldEditor *e)
{
    if (const auto *text = qobject_cast<const widgets::TextFieldEditor *>(e))
        return text->lineEdit()->echoMode() == QLineEdit::Password ? QStringLiteral("secret")
               : text->lineEdit()->inputMethodHints() & Qt::ImhFormattedNumbersOnly ? QStringLiteral("number")
                                                                    : QStringLiteral("text");
    if (qobject_cast<const widgets::BooleanFieldEditor *>(e))
        return QStringLiteral("check");
    if (const auto *t = qobject_cast<const widgets::TemporalFieldEditor *>(e))
        return t->picker()->calendarPopup() ? QStringLiteral("date") : QStringLiteral("time");
    if (qobject_cast<const widgets::EnumFieldEditor *>(e))
        return QStringLiteral("enum");
    if (qobject_cast<const widgets::ListFieldEditor *>(e))
        return QStringLiteral("list");
    if (qobject_cast<const widgets::MapFieldEditor *>(e))
        return QStringLiteral("map");
    return QStringLiteral("?");
}

QString kinds(const widgets::ChangesetFormView *form)
{
    QStringList out;
    for (const FieldEditor *e : form->editors())
        out << e->field().name + QLatin1Char('=') + editorKind(e);
    return out.join(QLatin1Char(' '));
}

// Types into the editor of `field` as a person would (a line edit only).
void type(ChangesetPreview &preview, const QString &field, const QString &text)
{
    auto *editor = qobject_cast<widgets::TextFieldEditor *>(preview.form()->editor(field));
    QVERIFY2(editor, qPrintable(field));
    editor->lineEdit()->selectAll();
    QTest::keyClick(editor->lineEdit(), Qt::Key_Delete);
    QTest::keyClicks(editor->lineEdit(), text);
}

// The letters the view's own buttons and labelled combos and panes use.
QString viewMnemonics(const ChangesetPreview &preview)
{
    QString out;
    const auto add = [&out](const QString &text) {
        const qsizetype at = text.indexOf(QLatin1Char('&'));
        if (at >= 0 && at + 1 < text.size())
            out += text.at(at + 1).toLower();
    };
    for (const QPushButton *b : preview.findChildren<QPushButton *>())
        add(b->text());
    for (const QLabel *l : preview.findChildren<QLabel *>()) {
        if (l->buddy() && !preview.form()->isAncestorOf(l))
            add(l->text());
    }
    return out;
}

} // namespace

class TestChangesetPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyFunctionBuilds_data();
    void everyFunctionBuilds();
    void typingShowsErrors_data();
    void typingShowsErrors();
    void validFlips();
    void notEvaluatedStepsAreFlagged();
    void tryInsertMapsTheUniqueIndex();
    void loadRowAndUpdate();
    void embeddedSchemaHasNoDatabase();
    void raisedShowsElixirsBanner_data();
    void raisedShowsElixirsBanner();
    void keyboard();
    void everyTypeRoundTrips();
    void projectFromFolder();
    void germanAndFrench();
    void screenshots();

private:
    bool waitForJob(ChangesetPreview &preview, const std::function<void()> &trigger, bool *ok = nullptr);
    void fillRegistration(ChangesetPreview &preview, const QString &email);
    qint64 users();

    QTemporaryDir m_dir;
    project::Project m_sample;
    // Idle: the preview's jobs run on its pool; the projects are read by the tests.
    workspace::Workspace m_workspace;
    db::ConnectionSettings m_database;
};

void TestChangesetPreview::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sample = project::ProjectLoader::load(QStringLiteral(ECTOWB_SOURCE_DIR "/resources/sample/blog"));
    QVERIFY(m_sample.errors.isEmpty());
    m_database = db::ConnectionSettings::sqliteFile(m_dir.filePath(QStringLiteral("blog.db")), true);
    const migration::MigrationRun run = migration::Migrator(m_database, m_sample.migrations)
                                            .run(migration::Direction::Up, migration::MigrationSelection::all());
    QVERIFY2(run.ok(), qPrintable(run.errorText()));
    m_database.createIfMissing = false;
}

bool TestChangesetPreview::waitForJob(ChangesetPreview &preview, const std::function<void()> &trigger, bool *ok)
{
    QSignalSpy spy(&preview, &ChangesetPreview::jobFinished);
    trigger();
    if (!spy.wait(JobTimeout))
        return false;
    if (ok)
        *ok = spy.first().first().toBool();
    return true;
}

qint64 TestChangesetPreview::users()
{
    auto c = db::Connection::open(m_database);
    auto rows = c ? (*c)->exec(QStringLiteral("SELECT count(*) FROM users")) : Result<db::QueryRows>(Error{});
    return rows ? rows->rows.value(0).value(0).toLongLong() : -1;
}

void TestChangesetPreview::everyFunctionBuilds_data()
{
    QTest::addColumn<QString>("module");
    QTest::addColumn<QString>("function");
    QTest::addColumn<QString>("editors");
    QTest::newRow("registration") << "Blog.User" << "registration_changeset"
                                  << "name=text email=text age=number password=secret password_confirmation=secret";
    QTest::newRow("profile settings") << "Blog.User" << "profile_changeset" << "name=text age=number role=text is_active=check";
    QTest::newRow("post") << "Blog.Post" << "changeset" << "title=text body=text slug=text view_count=number author_id=number";
    QTest::newRow("publish") << "Blog.Post" << "publish_changeset" << "published_at=date";
    QTest::newRow("delete") << "Blog.Post" << "delete_changeset" << "";
    QTest::newRow("comment") << "Blog.Comment" << "create_changeset" << "body=text post_id=number user_id=number";
    QTest::newRow("moderation") << "Blog.Comment" << "moderation_changeset" << "is_approved=check body=text";
    QTest::newRow("tag") << "Blog.Tag" << "changeset" << "name=text slug=text";
    QTest::newRow("profile") << "Blog.Profile" << "changeset" << "bio=text website=text birth_date=date user_id=number";
    QTest::newRow("filter") << "Blog.PostFilter" << "changeset"
                            << "query=text tags=list status=enum min_rating=number since=date posted_before=time "
                               "min_score=number options=map page=number per_page=number";
    QTest::newRow("signup") << "Blog.Signup" << "changeset"
                            << "name=text email=text password=secret password_confirmation=secret invite_code=text "
                               "human_check=number newsletter=check terms_of_service=check";
}

void TestChangesetPreview::everyFunctionBuilds()
{
    QFETCH(QString, module);
    QFETCH(QString, function);
    QFETCH(QString, editors);
    ChangesetPreview preview(&m_workspace);
    preview.setProject(m_sample);
    QVERIFY(preview.selectFunction(module, function));
    QCOMPARE(kinds(preview.form()), editors);
    QVERIFY2(preview.changeset().has_value(), qPrintable(preview.lastError()));
    QVERIFY(preview.resultPanel()->validText().startsWith(QLatin1String("valid?: ")));
    QVERIFY(preview.resultPanel()->inspectText().startsWith(QLatin1String("#Ecto.Changeset<")));
    QCOMPARE(preview.resultPanel()->stepModel()->rowCount(), int(preview.changeset()->steps.size()));
    QVERIFY(preview.resultPanel()->stepModel()->rowCount() >= 2);
    // Every editor is reachable: its label has a buddy and a mnemonic the view's own
    // buttons and combos do not use; a label shares one only when it has no free letter.
    const QString reserved = viewMnemonics(preview);
    QSet<QChar> used;
    for (QLabel *label : preview.form()->findChildren<QLabel *>()) {
        if (!label->buddy())
            continue;
        const qsizetype at = label->text().indexOf(QLatin1Char('&'));
        QVERIFY2(at >= 0, qPrintable(label->text()));
        const QChar key = label->text().at(at + 1).toLower();
        QVERIFY2(!reserved.contains(key), qPrintable(label->text()));
        if (used.contains(key)) {
            for (const QChar c : label->text().toLower())
                QVERIFY2(!c.isLetter() || reserved.contains(c) || used.contains(c), qPrintable(label->text()));
        }
        used.insert(key);
    }
}

void TestChangesetPreview::typingShowsErrors_data()
{
    QTest::addColumn<QString>("module");
    QTest::addColumn<QString>("function");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");
    QTest::newRow("email format") << "Blog.User" << "registration_changeset" << "email" << "not-an-email"
                                  << "must be a valid email address";
    QTest::newRow("reserved name") << "Blog.User" << "profile_changeset" << "name" << "admin" << "is reserved";
    QTest::newRow("title too short") << "Blog.Post" << "changeset" << "title" << "Hi" << "should be at least 3 character(s)";
    QTest::newRow("integer cast") << "Blog.Post" << "changeset" << "view_count" << "1.5" << "is invalid";
    QTest::newRow("comment body") << "Blog.Comment" << "create_changeset" << "body" << "x" << "should be at least 2 character(s)";
    QTest::newRow("no HTML") << "Blog.Comment" << "moderation_changeset" << "body" << "<b>hi</b>" << "must not contain HTML tags";
    QTest::newRow("slug format") << "Blog.Tag" << "changeset" << "slug" << "New Tag"
                                 << "must be lowercase letters, digits and dashes";
    QTest::newRow("custom validator") << "Blog.Profile" << "changeset" << "website" << "ftp://x"
                                      << "must start with http:// or https://";
    QTest::newRow("page number") << "Blog.PostFilter" << "changeset" << "page" << "0" << "must be greater than 0";
    QTest::newRow("human check") << "Blog.Signup" << "changeset" << "human_check" << "6" << "is not the right answer";
    QTest::newRow("confirmation") << "Blog.Signup" << "changeset" << "password_confirmation" << "other"
                                  << "does not match confirmation";
}

void TestChangesetPreview::typingShowsErrors()
{
    QFETCH(QString, module);
    QFETCH(QString, function);
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(QString, message);
    ChangesetPreview preview(&m_workspace);
    preview.setProject(m_sample);
    QVERIFY(preview.selectFunction(module, function));
    QVERIFY(!preview.form()->messageText(field).contains(message));
    if (field == QLatin1String("password_confirmation"))
        type(preview, QStringLiteral("password"), QStringLiteral("secret"));
    QSignalSpy evaluated(&preview, &ChangesetPreview::evaluated);
    type(preview, field, typed);
    QVERIFY(evaluated.count() >= typed.size()); // once a keystroke
    QVERIFY2(preview.form()->messageText(field).split(QLatin1Char('\n')).contains(message),
             qPrintable(preview.form()->messageText(field)));
    QVERIFY(preview.form()->findChild<QLabel *>(QStringLiteral("error_") + field)->isVisibleTo(preview.form()));
    QVERIFY(preview.resultPanel()->validText().startsWith(QLatin1String("valid?: false")));
}

void TestChangesetPreview::fillRegistration(ChangesetPreview &preview, const QString &email)
{
    QVERIFY(preview.selectFunction(QStringLiteral("Blog.User"), QStringLiteral("registration_changeset")));
    type(preview, QStringLiteral("name"), QStringLiteral("Ada Lovelace"));
    type(preview, QStringLiteral("email"), email);
    type(preview, QStringLiteral("password"), QStringLiteral("analytical engine"));
    type(preview, QStringLiteral("password_confirmation"), QStringLiteral("analytical engine"));
}

void TestChangesetPreview::validFlips()
{
    ChangesetPreview preview(&m_workspace);
    preview.setProject(m_sample);
    fillRegistration(preview, QStringLiteral("ada@example.com"));
    QCOMPARE(preview.resultPanel()->validText(), QStringLiteral("valid?: true"));
    QVERIFY(preview.changeset()->valid);
    QCOMPARE(preview.resultPanel()->messagesText(), QStringLiteral("%{}"));
    type(preview, QStringLiteral("age"), QStringLiteral("12"));
    QCOMPARE(preview.resultPanel()->validText(), QStringLiteral("valid?: false"));
    QCOMPARE(preview.form()->messageText(QStringLiteral("age")), QStringLiteral("must be greater than or equal to 13"));
    type(preview, QStringLiteral("age"), QStringLiteral("36"));
    QCOMPARE(preview.resultPanel()->validText(), QStringLiteral("valid?: true"));
    QVERIFY(preview.form()->messageText(QStringLiteral("age")).isEmpty());
    // A number field takes any text, so that Ecto's cast error can be seen.
    type(preview, QStringLiteral("age"), QStringLiteral("3x"));
    QCOMPARE(qobject_cast<widgets::TextFieldEditor *>(preview.form()->editor(QStringLiteral("age")))->lineEdit()->text(),
             QStringLiteral("3x"));
    QCOMPARE(preview.form()->messageText(QStringLiteral("age")), QStringLiteral("is invalid"));
    // An error appearing never moves the fields below it.
    preview.resize(900, 900);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    QWidget *password = preview.form()->editor(QStringLiteral("password"));
    type(preview, QStringLiteral("age"), QStringLiteral("36"));
    QCoreApplication::processEvents();
    const int before = password->mapTo(preview.form(), QPoint(0, 0)).y();
    type(preview, QStringLiteral("age"), QStringLiteral("12"));
    QCoreApplication::processEvents();
    QVERIFY(!preview.form()->messageText(QStringLiteral("age")).isEmpty());
    QCOMPARE(password->mapTo(preview.form(), QPoint(0, 0)).y(), before);
    type(preview, QStringLiteral("age"), QStringLiteral("36"));
    // Stopping sending a required field brings its error back.
    preview.form()->editor(QStringLiteral("email"))->clear();
    Q_EMIT preview.form()->paramsChanged();
    QCOMPARE(preview.form()->messageText(QStringLiteral("email")), QStringLiteral("can't be blank"));
}

void TestChangesetPreview::notEvaluatedStepsAreFlagged()
{
    ChangesetPreview preview(&m_workspace);
    preview.setProject(project::ProjectLoader::load(QStringLiteral(ECTOWB_TEST_DATA "/projects/changesets")));
    QVERIFY(preview.selectFunction(QStringLiteral("Steps.Account"), QStringLiteral("external_changeset")));
    type(preview, QStringLiteral("name"), QStringLiteral("Ada"));
    QVERIFY(preview.changeset()->valid);
    // Valid as far as the tool can tell, and it says so.
    QVERIFY2(preview.resultPanel()->validText().contains(QLatin1String("unverified: 2")), qPrintable(preview.resultPanel()->validText()));
    models::PipelineStepModel *steps = preview.resultPanel()->stepModel();
    QCOMPARE(steps->index(2, models::PipelineStepModel::StatusColumn).data().toString(), QStringLiteral("not evaluated"));
    QCOMPARE(steps->index(2, models::PipelineStepModel::SourceColumn).data().toString(), QStringLiteral("check_blocklist()"));
}

void TestChangesetPreview::tryInsertMapsTheUniqueIndex()
{
    ChangesetPreview preview(&m_workspace);
    preview.setConfirmation([](const QString &, const QString &) { return true; });
    preview.setProject(m_sample);
    preview.setDatabase(m_database);
    const qint64 before = users();
    fillRegistration(preview, QStringLiteral("grace@example.com"));
    QVERIFY(preview.button(ChangesetPreview::Button::Save)->isEnabled());
    bool ok = false;
    QVERIFY(waitForJob(preview, [&] { preview.button(ChangesetPreview::Button::Save)->click(); }, &ok));
    QVERIFY2(ok, qPrintable(preview.resultPanel()->repoText()));
    QCOMPARE(users(), before + 1);
    // The saved struct is the data now: the next run would update it.
    QVERIFY2(preview.dataText().contains(QLatin1String("users row")), qPrintable(preview.dataText()));
    QCOMPARE(preview.repoAction(), changeset::RepoAction::Update);

    preview.button(ChangesetPreview::Button::NewStruct)->click();
    fillRegistration(preview, QStringLiteral("grace@example.com"));
    QCOMPARE(preview.repoAction(), changeset::RepoAction::Insert);
    preview.resize(1100, 800);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    auto *splitter = preview.findChild<QSplitter *>();
    QVERIFY(splitter);
    const QList<int> widths = splitter->sizes();
    QVERIFY(waitForJob(preview, [&] { preview.button(ChangesetPreview::Button::Try)->click(); }, &ok));
    QCoreApplication::processEvents();
    QCOMPARE(splitter->sizes(), widths); // the panel keeps its width after Try
    QVERIFY(!ok);
    QCOMPARE(preview.form()->messageText(QStringLiteral("email")), QStringLiteral("has already been taken"));
    QVERIFY2(preview.resultPanel()->repoText().contains(
                 QLatin1String("constraint: :unique, constraint_name: \"users_email_index\"")),
             qPrintable(preview.resultPanel()->repoText()));
    QVERIFY(preview.resultPanel()->repoText().contains(QLatin1String("INSERT INTO \"users\"")));
    QCOMPARE(users(), before + 1);

    // Declined confirmation: nothing runs.
    preview.setConfirmation([](const QString &, const QString &) { return false; });
    QSignalSpy jobs(&preview, &ChangesetPreview::jobFinished);
    preview.button(ChangesetPreview::Button::Save)->click();
    QTest::qWait(200);
    QCOMPARE(jobs.count(), 0);
    QCOMPARE(users(), before + 1);
}

void TestChangesetPreview::loadRowAndUpdate()
{
    ChangesetPreview preview(&m_workspace);
    preview.setConfirmation([](const QString &, const QString &) { return true; });
    preview.setProject(m_sample);
    preview.setDatabase(m_database);
    fillRegistration(preview, QStringLiteral("hopper@example.com"));
    QVERIFY(waitForJob(preview, [&] { preview.button(ChangesetPreview::Button::Save)->click(); }));
    const QString id = preview.dataText().section(QLatin1Char(' '), -1);

    QVERIFY(preview.selectFunction(QStringLiteral("Blog.User"), QStringLiteral("profile_changeset")));
    preview.setKeyPrompt([id](const QString &module) { return module == QLatin1String("Blog.User") ? std::optional<QString>(id) : std::nullopt; });
    bool ok = false;
    QVERIFY(waitForJob(preview, [&] { preview.button(ChangesetPreview::Button::LoadRow)->click(); }, &ok));
    QVERIFY2(ok, qPrintable(preview.resultPanel()->repoText()));
    auto *name = qobject_cast<widgets::TextFieldEditor *>(preview.form()->editor(QStringLiteral("name")));
    QCOMPARE(name->lineEdit()->text(), QStringLiteral("Ada Lovelace"));
    auto *active = qobject_cast<widgets::BooleanFieldEditor *>(preview.form()->editor(QStringLiteral("is_active")));
    QCOMPARE(active->checkBox()->checkState(), Qt::Checked);
    // The loaded values are sent back unchanged: no changes until something is edited.
    QVERIFY(preview.changeset()->changes.empty());
    QCOMPARE(preview.repoAction(), changeset::RepoAction::Update);
    type(preview, QStringLiteral("name"), QStringLiteral("Grace Hopper"));
    QVERIFY(waitForJob(preview, [&] { preview.button(ChangesetPreview::Button::Try)->click(); }, &ok));
    QVERIFY2(ok, qPrintable(preview.resultPanel()->repoText()));
    QVERIFY(preview.resultPanel()->repoText().contains(QLatin1String("UPDATE \"users\" SET \"name\" = ?, \"updated_at\" = ? WHERE \"id\" = ?")));
    QVERIFY(preview.resultPanel()->repoText().contains(QLatin1String("Rolled back")));
    // As Elixir inspects it: one %.
    QVERIFY2(preview.resultPanel()->repoText().contains(QLatin1String("{:ok, %Blog.User{")), qPrintable(preview.resultPanel()->repoText()));
    QVERIFY(!preview.resultPanel()->repoText().contains(QLatin1String("%%")));
    // A row that is not there.
    preview.setKeyPrompt([](const QString &) { return std::optional<QString>(QStringLiteral("424242")); });
    QVERIFY(waitForJob(preview, [&] { preview.button(ChangesetPreview::Button::LoadRow)->click(); }, &ok));
    QVERIFY(!ok);
    QVERIFY2(preview.resultPanel()->repoText().startsWith(QLatin1String("** (Ecto.NoResultsError) ")),
             qPrintable(preview.resultPanel()->repoText()));
}

// A raise is shown as IEx prints it, from the error's kind; an error without one
// (code the tool could not evaluate) is shown as it is, never dressed as a raise.
void TestChangesetPreview::raisedShowsElixirsBanner_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("shown");
    QTest::newRow("Ecto raise") << "expected params to be a :map, got: `nil`" << "Ecto.CastError"
                                << "** (Ecto.CastError) expected params to be a :map, got: `nil`";
    QTest::newRow("a message that looks like one") << "Foo.Bar: not a raise" << QString() << "Foo.Bar: not a raise";
    QTest::newRow("not evaluated") << "cannot evaluate File.read!/1 (I/O)" << QString() << "cannot evaluate File.read!/1 (I/O)";
}

void TestChangesetPreview::raisedShowsElixirsBanner()
{
    QFETCH(QString, message);
    QFETCH(QString, kind);
    QFETCH(QString, shown);
    widgets::ChangesetResultPanel panel;
    panel.showRaised(Error(message, kind));
    QCOMPARE(panel.inspectText(), shown);
}

void TestChangesetPreview::embeddedSchemaHasNoDatabase()
{
    ChangesetPreview preview(&m_workspace);
    preview.setProject(m_sample);
    preview.setDatabase(m_database);
    QVERIFY(preview.selectFunction(QStringLiteral("Blog.Signup"), QStringLiteral("changeset")));
    QVERIFY(!preview.button(ChangesetPreview::Button::Try)->isEnabled());
    QVERIFY(!preview.button(ChangesetPreview::Button::LoadRow)->isEnabled());
    QVERIFY(preview.databaseText().contains(QLatin1String("embedded schema")));
    QVERIFY(preview.selectFunction(QStringLiteral("Blog.Tag"), QStringLiteral("changeset")));
    QVERIFY(preview.button(ChangesetPreview::Button::Try)->isEnabled());
}

void TestChangesetPreview::keyboard()
{
    ChangesetPreview preview(&m_workspace);
    preview.setProject(m_sample);
    QVERIFY(preview.selectFunction(QStringLiteral("Blog.PostFilter"), QStringLiteral("changeset")));
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    // Tab goes from editor to editor in form order.
    QWidget *first = preview.form()->firstFocusTarget();
    first->setFocus();
    QTRY_VERIFY(first->hasFocus());
    QWidget *next = first->nextInFocusChain();
    while (next && !(next->focusPolicy() & Qt::TabFocus))
        next = next->nextInFocusChain();
    QCOMPARE(next, preview.form()->editor(QStringLiteral("tags"))->focusTarget());
    // Every button has a mnemonic.
    for (auto b : {ChangesetPreview::Button::LoadRow, ChangesetPreview::Button::NewStruct, ChangesetPreview::Button::Try,
                   ChangesetPreview::Button::Save, ChangesetPreview::Button::ResetForm})
        QVERIFY(preview.button(b)->text().contains(QLatin1Char('&')));
    // The enum editor offers the values; choosing archived trips validate_inclusion.
    auto *status = qobject_cast<widgets::EnumFieldEditor *>(preview.form()->editor(QStringLiteral("status")));
    QCOMPARE(status->comboBox()->count(), 4);
    status->comboBox()->setCurrentIndex(3);
    Q_EMIT status->comboBox()->activated(3);
    QCOMPARE(preview.form()->messageText(QStringLiteral("status")), QStringLiteral("cannot search archived posts"));
    // A list element outside @topics.
    auto *tags = qobject_cast<widgets::ListFieldEditor *>(preview.form()->editor(QStringLiteral("tags")));
    tags->addElement(QStringLiteral("cooking"));
    QCOMPARE(preview.form()->messageText(QStringLiteral("tags")), QStringLiteral("has an unknown topic"));
    // Dates are sent only once the box says so.
    auto *since = qobject_cast<widgets::TemporalFieldEditor *>(preview.form()->editor(QStringLiteral("since")));
    QVERIFY(!since->value());
    since->sendBox()->click();
    QVERIFY(since->value() && since->value()->text().contains(QLatin1Char('T')));
    QVERIFY(preview.changeset()->change(QStringLiteral("since")).has_value());
}

// Each editor shows a loaded value and sends it back so that Ecto sees no change,
// for a field of every type.
void TestChangesetPreview::everyTypeRoundTrips()
{
    const project::Project fixture = project::ProjectLoader::load(QStringLiteral(ECTOWB_TEST_DATA "/projects/changesets"));
    ChangesetPreview preview(&m_workspace);
    preview.setProject(fixture);
    QVERIFY(preview.selectFunction(QStringLiteral("Steps.Kitchen"), QStringLiteral("changeset")));
    QCOMPARE(kinds(preview.form()),
             QStringLiteral("title=text servings=number ratio=number vegan=check price=number best_before=date opens_at=time "
                            "precise_at=time baked_at=date baked_at_usec=date served_at=date served_at_usec=date extras=map "
                            "flavours=list counts=list batch=text mood=enum secret=secret secret_confirmation=secret pin=text "
                            "terms=check"));
    changeset::ChangesetRunner runner(fixture);
    const Result<value::Term> params = value::TermJson::parse(QByteArray(R"({"title": "Pasta", "servings": "4",
        "ratio": "0.5", "vegan": "false", "price": "12.50", "best_before": "2025-01-31", "opens_at": "08:30:00",
        "precise_at": "08:30:00.123000", "baked_at": "2024-05-01T10:11:12", "baked_at_usec": "2024-05-01T10:11:12.654000",
        "served_at": "2024-05-01T12:00:00Z", "served_at_usec": "2024-05-01T10:00:00.001000Z",
        "extras": {"sauce": "pesto", "level": 3}, "flavours": ["salty"], "counts": ["1", "22"],
        "batch": "5a7c0e7b-1111-4a4a-9c9c-0123456789ab", "mood": "busy"})"));
    QVERIFY(params);
    Result<changeset::Changeset> typed = runner.run(QStringLiteral("Steps.Kitchen"), QStringLiteral("changeset"),
                                                    value::Term::nil(), *params);
    QVERIFY2(typed, qPrintable(typed.error()));
    std::vector<value::Term::Pair> row;
    for (const auto &[field, value] : typed->changes)
        row.emplace_back(value::Term::string(field), value);
    const value::Term data = value::Term::map(std::move(row));
    preview.form()->setData(data);
    Result<changeset::Changeset> again = runner.run(QStringLiteral("Steps.Kitchen"), QStringLiteral("changeset"), data,
                                                    preview.form()->params());
    QVERIFY2(again, qPrintable(again.error()));
    QStringList changed;
    for (const auto &[field, value] : again->changes)
        changed << field;
    QCOMPARE(changed, QStringList());
    // Every cast field with a value is sent back (secret and pin had none).
    QCOMPARE(preview.form()->params().pairs().size(), size_t(17));
    QVERIFY(!again->hasError(QStringLiteral("mood")));
}

// As in the main window: the preview takes the project the workspace reads.
void TestChangesetPreview::projectFromFolder()
{
    workspace::Workspace opened;
    ChangesetPreview preview(&opened);
    QSignalSpy changed(&preview, &ChangesetPreview::projectChanged);
    opened.open(QStringLiteral(ECTOWB_TEST_DATA "/projects/changesets"));
    QVERIFY(changed.wait(JobTimeout));
    QCOMPARE(preview.schemaCombo()->count(), 2);
    QCOMPARE(preview.schemaCombo()->itemText(0), QStringLiteral("Steps.Account"));
    QCOMPARE(preview.functionCombo()->count(), 4); // changeset, external_changeset, then_changeset, contact_changeset
    // The Repo configuration's relative SQLite path, from the project root.
    QVERIFY2(preview.databaseText().endsWith(QLatin1String("/projects/changesets/steps_dev.db")), qPrintable(preview.databaseText()));
    // That file does not exist, and the preview never creates one.
    preview.setKeyPrompt([](const QString &) { return std::optional<QString>(QStringLiteral("1")); });
    bool ok = true;
    QVERIFY(waitForJob(preview, [&] { preview.button(ChangesetPreview::Button::LoadRow)->click(); }, &ok));
    QVERIFY(!ok);
    QVERIFY2(preview.resultPanel()->repoText().contains(QLatin1String("not found")), qPrintable(preview.resultPanel()->repoText()));
    QVERIFY(!QFile::exists(QStringLiteral(ECTOWB_TEST_DATA "/projects/changesets/steps_dev.db")));
    // Another database chosen, then back to the project's own.
    preview.setDatabase(m_database);
    QVERIFY(preview.databaseText().endsWith(QLatin1String("/blog.db")));
    preview.setDatabase(std::optional<db::ConnectionSettings>());
    QVERIFY(preview.databaseText().endsWith(QLatin1String("/steps_dev.db")));
}

void TestChangesetPreview::germanAndFrench()
{
    ChangesetPreview preview(&m_workspace);
    preview.setProject(m_sample);
    QVERIFY(preview.selectFunction(QStringLiteral("Blog.Post"), QStringLiteral("changeset")));
    type(preview, QStringLiteral("title"), QStringLiteral("Hi"));
    QCOMPARE(preview.form()->messageText(QStringLiteral("title")), QStringLiteral("should be at least 3 character(s)"));
    QCOMPARE(widgets::TranslationLoader::install(qApp, QStringLiteral("de")), QStringLiteral("de"));
    type(preview, QStringLiteral("title"), QStringLiteral("Ho"));
    QCOMPARE(preview.form()->messageText(QStringLiteral("title")), QStringLiteral("muss mindestens 3 Zeichen lang sein"));
    QVERIFY(preview.form()->messageText(QStringLiteral("body")).startsWith(QLatin1String("muss ausgef")));
    // The changeset itself keeps Ecto's template, as IEx would print it.
    QVERIFY(preview.resultPanel()->inspectText().contains(QLatin1String("should be at least %{count} character(s)")));
    QCOMPARE(widgets::TranslationLoader::install(qApp, QStringLiteral("fr")), QStringLiteral("fr"));
    type(preview, QStringLiteral("title"), QStringLiteral("He"));
    QCOMPARE(preview.form()->messageText(QStringLiteral("title")), QStringLiteral("doit contenir au moins 3 caract\u00e8re(s)"));
    widgets::TranslationLoader::install(qApp, QStringLiteral("en"));
}

// The state worth a picture: a valid registration whose email the database already
// has, after Try: Ecto's unique-constraint error under the field and the rolled-back
// INSERT with its parameters.
void TestChangesetPreview::screenshots()
{
    const QString dir = qEnvironmentVariable("ECTOWB_SCREENSHOT_DIR", m_dir.path());
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
        widgets::TranslationLoader::install(qApp, language);
        ChangesetPreview preview(&m_workspace);
        preview.setConfirmation([](const QString &, const QString &) { return true; });
        preview.setProject(m_sample);
        preview.setDatabase(m_database);
        preview.resize(1280, 820);
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        fillRegistration(preview, QStringLiteral("ada.lovelace@example.com"));
        if (language == QLatin1String("en"))
            QVERIFY(waitForJob(preview, [&] { preview.button(ChangesetPreview::Button::Save)->click(); }));
        preview.button(ChangesetPreview::Button::NewStruct)->click();
        fillRegistration(preview, QStringLiteral("ada.lovelace@example.com"));
        type(preview, QStringLiteral("age"), QStringLiteral("36"));
        QVERIFY(waitForJob(preview, [&] { preview.button(ChangesetPreview::Button::Try)->click(); }));
        QVERIFY(preview.form()->messageText(QStringLiteral("email")).size() > 5);
        const QString file = dir + (language == QLatin1String("en") ? QStringLiteral("/changeset-preview.png")
                                                                    : QStringLiteral("/changeset-preview-de.png"));
        QVERIFY2(preview.grab().save(file), qPrintable(file));
    }
    widgets::TranslationLoader::install(qApp, QStringLiteral("en"));
}

QTEST_MAIN(TestChangesetPreview)
#include "tst_changesetpreview.moc"
