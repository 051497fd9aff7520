// The changeset preview on all 300 generated functions of the conformance project
// `forms` (gen_0001_changeset .. gen_0300_changeset), each with an input from
// generated/changesets-forms.jsonl: the form is filled with the case's params as a
// request would bring them, and whatever the preview shows (a raise, valid?, the
// errors under each field and in each sub-form row) must be what the changeset core
// gives for the same input on the path `ectowb changeset` takes (ChangesetRunner::run
// on the struct data and the params the form sends). Every param the function casts
// must have an editor, so the input reaches the function.
#include "changesetformview.h"
#include "changesetpreview.h"
#include "workspace/workspace.h"
#include "changesetresultpanel.h"
#include "relationfieldeditor.h"
#include "textfieldeditor.h"
#include "changeset/changesetrunner.h"
#include "changeset/ectomessages.h"
#include "value/termjson.h"
#include "changeset/typecaster.h"
#include "project/projectloader.h"

#include <QFile>
#include <QHash>
#include <QtTest>

#include <memory>

using namespace ectowb;
using changeset::Changeset;
using value::Term;
using widgets::ChangesetFormView;
using widgets::ChangesetPreview;

namespace {

QString conformanceDir()
{
    return QStringLiteral(ECTOWB_SHARED_DIR "/conformance");
}

Term field(const Term &object, const char *key)
{
    return object.get(QString::fromLatin1(key)).value_or(Term::nil());
}

// The messages a form shows, "path: message" one per entry, sub-form rows under
// "relation[row].field"; and those the core's changeset has at the same places.
void shown(const ChangesetFormView *form, const QString &prefix, QStringList &out)
{
    for (const widgets::FieldEditor *e : form->editors()) {
        for (const QString &m : form->messageText(e->field().name).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!m.trimmed().isEmpty())
                out << prefix + e->field().name + QStringLiteral(": ") + m;
        }
        if (const auto *relation = qobject_cast<const widgets::RelationFieldEditor *>(e)) {
            for (int i = 0; i < relation->rowCount(); ++i)
                shown(relation->rowForm(i), prefix + e->field().name + QStringLiteral("[%1].").arg(i), out);
        }
    }
    for (const QString &m : form->otherMessagesText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        out << prefix + m;
}

void expected(const Changeset &cs, const QString &prefix, QStringList &out)
{
    for (const auto &[name, messages] : changeset::EctoMessages::messages(cs)) {
        for (const QString &m : messages)
            out << prefix + name + QStringLiteral(": ") + m;
    }
    for (const QString &relation : cs.relations) {
        const std::optional<Term> change = cs.change(relation);
        if (!change)
            continue;
        const std::vector<Term> items = change->isList() ? change->elements() : std::vector<Term>{*change};
        int row = 0;
        for (const Term &item : items) {
            if (!item.isChangeset())
                continue;
            const Changeset &child = item.changesetValue();
            if (child.action == QLatin1String("replace") || child.action == QLatin1String("delete"))
                continue;
            expected(child, prefix + relation + QStringLiteral("[%1].").arg(row++), out);
        }
    }
}

} // namespace

class TestChangesetPreviewForms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void functions_data();
    void functions();
    void cleanupTestCase();

private:
    project::Project m_forms;
    // Idle: the preview's jobs run on its pool; the projects are read by the tests.
    workspace::Workspace m_workspace;
    std::unique_ptr<changeset::ChangesetRunner> m_runner;
    std::unique_ptr<ChangesetPreview> m_preview;
    int m_walked = 0;
    int m_withErrors = 0;
    int m_raised = 0;
    int m_typedOnly = 0; // params a typed editor could not hold
};

void TestChangesetPreviewForms::initTestCase()
{
    const QString root = conformanceDir() + QStringLiteral("/projects/forms");
    QVERIFY2(QFile::exists(root + QStringLiteral("/mix.exs")), qPrintable(root));
    m_forms = project::ProjectLoader::load(root);
    QVERIFY(m_forms.errors.isEmpty());
    m_runner = std::make_unique<changeset::ChangesetRunner>(m_forms);
    // One preview for every function, as a person goes from one to the next.
    m_preview = std::make_unique<ChangesetPreview>(&m_workspace);
    m_preview->setProject(m_forms);
}

void TestChangesetPreviewForms::functions_data()
{
    QTest::addColumn<QString>("module");
    QTest::addColumn<QString>("function");
    QTest::addColumn<QByteArray>("line");
    // The first case of each function, one that starts from a new struct where there is one.
    QHash<QString, QByteArray> chosen;
    QFile file(conformanceDir() + QStringLiteral("/generated/changesets-forms.jsonl"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        const Result<Term> c = value::TermJson::parse(line);
        if (!c)
            continue;
        const QString function = field(*c, "function").text();
        const bool fresh = field(*c, "data").isNil();
        if (!chosen.contains(function) || (fresh && !field(*value::TermJson::parse(chosen.value(function)), "data").isNil()))
            chosen.insert(function, line);
    }
    int rows = 0;
    for (int n = 1; n <= 300; ++n) {
        const QString function = QStringLiteral("gen_%1_changeset").arg(n, 4, 10, QLatin1Char('0'));
        QVERIFY2(chosen.contains(function), qPrintable(function + QStringLiteral(" has no case")));
        const QByteArray line = chosen.value(function);
        const QString module = field(*value::TermJson::parse(line), "schema").text();
        QTest::newRow(qPrintable(function)) << module << function << line;
        ++rows;
    }
    QCOMPARE(rows, 300);
}

void TestChangesetPreviewForms::functions()
{
    QFETCH(QString, module);
    QFETCH(QString, function);
    QFETCH(QByteArray, line);
    const Term c = *value::TermJson::parse(line);
    ChangesetPreview &preview = *m_preview;
    QVERIFY2(preview.selectFunction(module, function), qPrintable(module + QLatin1Char('.') + function));
    const Term data = field(c, "data");
    if (!data.isNil())
        preview.setStructData(data);
    preview.form()->setParams(field(c, "params"));
    // Editors emit nothing when set from outside: run the function as an edit would.
    Q_EMIT preview.form()->paramsChanged();
    ++m_walked;

    const Term sent = preview.form()->params();
    const Result<Changeset> core = m_runner->run(module, function, data, sent);
    if (!core) {
        ++m_raised;
        QVERIFY2(!preview.changeset(), qPrintable(QStringLiteral("the core raised (%1); the preview did not").arg(core.error())));
        QCOMPARE(preview.lastError(), core.error());
        return;
    }
    QVERIFY2(preview.changeset().has_value(),
             qPrintable(QStringLiteral("the preview raised an error the core does not give: %1").arg(preview.lastError())));
    QCOMPARE(preview.changeset()->valid, core->valid);
    QStringList onScreen;
    shown(preview.form(), QString(), onScreen);
    QStringList fromCore;
    expected(*core, QString(), fromCore);
    // The preview shows no error the core does not give, and leaves none out.
    for (const QString &m : std::as_const(onScreen))
        QVERIFY2(fromCore.contains(m), qPrintable(QStringLiteral("shown but not the core's: %1\n core: %2")
                                                      .arg(m, fromCore.join(QStringLiteral(" | ")))));
    QCOMPARE(onScreen.size(), fromCore.size());
    if (!onScreen.isEmpty())
        ++m_withErrors;
    // Every param of the case that the function casts has an editor. Line edits and
    // sub-forms send what they were given; pickers, check boxes and choices hold only
    // values of their type (a wrong date cannot be picked), so theirs may not arrive.
    const Term params = field(c, "params");
    for (const auto &[key, value] : params.isMap() ? params.pairs() : std::vector<Term::Pair>()) {
        const QString name = key.text();
        const bool cast = core->permitted.contains(name) || core->relations.contains(name);
        if (!cast)
            continue;
        const widgets::FieldEditor *editor = preview.form()->editor(name);
        QVERIFY2(editor, qPrintable(QStringLiteral("%1 is cast but has no editor").arg(name)));
        const bool free = qobject_cast<const widgets::TextFieldEditor *>(editor)
                          || (qobject_cast<const widgets::RelationFieldEditor *>(editor) && (value.isMap() || value.isList()));
        if (free)
            QVERIFY2(sent.get(name).has_value(), qPrintable(QStringLiteral("%1 is cast but the form does not send it").arg(name)));
        else if (!sent.get(name)) {
            // Only a value Ecto would refuse (or nil, which a picker sends by not sending) stays out.
            const bool refused = !changeset::TypeCaster::cast(editor->field().type, value).ok;
            QVERIFY2(refused || value.isNil() || editor->field().kind != changeset::FormField::Kind::Cast,
                     qPrintable(QStringLiteral("%1: the editor could not hold %2, which Ecto casts")
                                    .arg(name, QString::fromUtf8(value::TermJson::write(value)))));
            ++m_typedOnly;
        }
    }
}

void TestChangesetPreviewForms::cleanupTestCase()
{
    qInfo("walked %d functions: %d show errors, %d raise as Ecto would; %d params a typed editor could not hold",
          m_walked, m_withErrors, m_raised, m_typedOnly);
    QCOMPARE(m_walked, 300);
}

QTEST_MAIN(TestChangesetPreviewForms)
#include "tst_changesetpreviewforms.moc"
