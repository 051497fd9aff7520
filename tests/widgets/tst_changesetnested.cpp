// Nested sub-forms of the changeset preview on the conformance project `forms`:
// Forms.Order casts an embeds_many (lines) and an embeds_one (shipping_address).
// Rows are added and removed, each row sends its own map, and each row's errors
// (its child changeset's traverse_errors) show under its own fields; a removed row
// takes its errors with it. Rows keep the height their fields need, Tab walks into
// them in order, and their labels avoid the letters the form around them took. The
// steps pane lists a branch not taken as skipped and the step that raised.
// Screenshots in English and German are written where ECTOWB_SCREENSHOT_DIR says.
#include "changesetformview.h"
#include "changesetpreview.h"
#include "workspace/workspace.h"
#include "changesetresultpanel.h"
#include "relationfieldeditor.h"
#include "screenshot.h"
#include "textfieldeditor.h"
#include "translationloader.h"
#include "value/termjson.h"
#include "models/pipelinestepmodel.h"
#include "project/projectloader.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QtTest>

using namespace ectowb;
using widgets::ChangesetFormView;
using widgets::ChangesetPreview;
using widgets::RelationFieldEditor;

namespace {

QString formsRoot()
{
    return QStringLiteral(ECTOWB_SHARED_DIR "/conformance/projects/forms");
}

RelationFieldEditor *relation(const ChangesetFormView *form, const QString &name)
{
    return qobject_cast<RelationFieldEditor *>(form->editor(name));
}

// Types into a row's field as a person would.
void typeInto(ChangesetFormView *form, const QString &field, const QString &text)
{
    auto *editor = qobject_cast<widgets::TextFieldEditor *>(form->editor(field));
    QVERIFY2(editor, qPrintable(field));
    editor->lineEdit()->selectAll();
    QTest::keyClick(editor->lineEdit(), Qt::Key_Delete);
    QTest::keyClicks(editor->lineEdit(), text);
}

// "field=message; field=message" of a row form, in its fields' order.
QString rowMessages(const ChangesetFormView *form)
{
    QStringList out;
    for (const widgets::FieldEditor *e : form->editors()) {
        const QString text = form->messageText(e->field().name);
        if (!text.trimmed().isEmpty())
            out << e->field().name + QLatin1Char('=') + text;
    }
    return out.join(QStringLiteral("; "));
}

// "a|b|c" as a list; "" is one empty entry (a row without errors).
QStringList split(const char *items)
{
    return QString::fromUtf8(items).split(QLatin1Char('|'));
}

QString mnemonicOf(const QString &text)
{
    const qsizetype at = text.indexOf(QLatin1Char('&'));
    return at >= 0 && at + 1 < text.size() ? QString(text.at(at + 1).toLower()) : QString();
}

} // namespace

class TestChangesetNested : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rowFields_data();
    void rowFields();
    void rowsAndErrors_data();
    void rowsAndErrors();
    void removeTakesItsErrors();
    void relationErrorsStayOnTheRelation();
    void loadedEmbedsFillRows();
    void rowsAreNotSquashed();
    void keyboard();
    void stepsPane_data();
    void stepsPane();
    void screenshots();

private:
    void open(ChangesetPreview &preview, const QString &module, const QString &function);
    project::Project m_forms;
    // Idle: the preview's jobs run on its pool; the projects are read by the tests.
    workspace::Workspace m_workspace;
};

void TestChangesetNested::initTestCase()
{
    QVERIFY2(QFile::exists(formsRoot() + QStringLiteral("/mix.exs")), qPrintable(formsRoot()));
    m_forms = project::ProjectLoader::load(formsRoot());
    QVERIFY(m_forms.errors.isEmpty());
}

void TestChangesetNested::open(ChangesetPreview &preview, const QString &module, const QString &function)
{
    preview.setProject(m_forms);
    QVERIFY(preview.selectFunction(module, function));
}

void TestChangesetNested::rowFields_data()
{
    QTest::addColumn<QString>("module");
    QTest::addColumn<QString>("function");
    QTest::addColumn<QString>("relation");
    QTest::addColumn<bool>("many");
    QTest::addColumn<QString>("fields");
    QTest::newRow("embeds_many") << "Forms.Order" << "changeset" << "lines" << true << "sku quantity unit_price gift";
    QTest::newRow("embeds_one") << "Forms.Order" << "changeset" << "shipping_address" << false
                                << "street city postal_code country lat lng";
    QTest::newRow("embeds_one of an account") << "Forms.Account" << "changeset" << "address" << false
                                              << "street city postal_code country lat lng";
    // cast_assoc on a belongs_to: the account's own form, its embed a level deeper.
    QTest::newRow("belongs_to with an embed inside") << "Forms.Event" << "gen_0017_changeset" << "organizer" << false
                                                     << "username email display_name age balance rating active role "
                                                        "birth_date wake_time last_login_at confirmed_at interests "
                                                        "settings password locale address";
}

void TestChangesetNested::rowFields()
{
    QFETCH(QString, module);
    QFETCH(QString, function);
    QFETCH(QString, relation);
    QFETCH(bool, many);
    QFETCH(QString, fields);
    ChangesetPreview preview(&m_workspace);
    open(preview, module, function);
    RelationFieldEditor *editor = ::relation(preview.form(), relation);
    QVERIFY2(editor, qPrintable(relation));
    QCOMPARE(editor->field().many, many);
    QStringList names;
    for (const changeset::FormField &f : editor->field().rowFields)
        names << f.name;
    QCOMPARE(names.join(QLatin1Char(' ')), fields);
    // A relation inside a row has its own row form: the probe went a level deeper.
    for (const changeset::FormField &f : editor->field().rowFields) {
        if (f.kind == changeset::FormField::Kind::Relation)
            QCOMPARE(int(f.rowFields.size()), 6);
    }
    // A new form sends no rows at all.
    QCOMPARE(editor->rowCount(), 0);
    QVERIFY(!preview.form()->params().get(relation));
}

void TestChangesetNested::rowsAndErrors_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<QStringList>("typed");    // "row:field=text"
    QTest::addColumn<QStringList>("expected"); // per row: "field=message; ..."
    QTest::addColumn<bool>("valid");
    QTest::newRow("one empty row") << 1 << QStringList() << split("sku=can't be blank") << false;
    QTest::newRow("two rows, one filled")
        << 2 << split("0:sku=A-1") << split("|sku=can't be blank") << false;
    QTest::newRow("bad quantity in the second row")
        << 2 << split("0:sku=A-1|1:sku=B-2|1:quantity=0")
        << split("|quantity=must be greater than 0") << false;
    QTest::newRow("not an integer") << 1 << split("0:sku=A-1|0:quantity=1.5") << split("quantity=is invalid")
                                    << false;
    QTest::newRow("three good rows")
        << 3 << split("0:sku=A|1:sku=B|2:sku=C|2:unit_price=9.99") << split("||") << true;
}

void TestChangesetNested::rowsAndErrors()
{
    QFETCH(int, rows);
    QFETCH(QStringList, typed);
    QFETCH(QStringList, expected);
    QFETCH(bool, valid);
    ChangesetPreview preview(&m_workspace);
    open(preview, QStringLiteral("Forms.Order"), QStringLiteral("changeset"));
    typeInto(preview.form(), QStringLiteral("reference"), QStringLiteral("R-1"));
    RelationFieldEditor *lines = relation(preview.form(), QStringLiteral("lines"));
    QVERIFY(lines);
    for (int i = 0; i < rows; ++i)
        lines->addButton()->click();
    QCOMPARE(lines->rowCount(), rows);
    for (const QString &t : typed) {
        const int row = t.section(QLatin1Char(':'), 0, 0).toInt();
        const QString assignment = t.section(QLatin1Char(':'), 1);
        typeInto(lines->rowForm(row), assignment.section(QLatin1Char('='), 0, 0), assignment.section(QLatin1Char('='), 1));
    }
    // The form sends a list with one map per row.
    const std::optional<value::Term> sent = preview.form()->params().get(u"lines");
    QVERIFY(sent && sent->isList());
    QCOMPARE(int(sent->elements().size()), rows);
    QVERIFY2(preview.changeset().has_value(), qPrintable(preview.lastError()));
    QCOMPARE(preview.changeset()->valid, valid);
    for (int i = 0; i < rows; ++i)
        QCOMPARE(rowMessages(lines->rowForm(i)), expected.at(i));
    // The relation's own line under the editor stays free: the errors are the rows'.
    QCOMPARE(preview.form()->messageText(QStringLiteral("lines")), QString());
    // The changes pane prints the rows as IEx does.
    QVERIFY2(preview.resultPanel()->inspectText().contains(QRegularExpression(QStringLiteral("lines: \\[\\s*#Ecto\\.Changeset<"))),
             qPrintable(preview.resultPanel()->inspectText()));
}

void TestChangesetNested::removeTakesItsErrors()
{
    ChangesetPreview preview(&m_workspace);
    open(preview, QStringLiteral("Forms.Order"), QStringLiteral("changeset"));
    RelationFieldEditor *lines = relation(preview.form(), QStringLiteral("lines"));
    QVERIFY(lines);
    lines->addButton()->click();
    lines->addButton()->click();
    lines->addButton()->click();
    typeInto(lines->rowForm(0), QStringLiteral("sku"), QStringLiteral("first"));
    typeInto(lines->rowForm(2), QStringLiteral("sku"), QStringLiteral("third"));
    QCOMPARE(rowMessages(lines->rowForm(1)), QStringLiteral("sku=can't be blank"));
    // Removing the middle row: the third moves up, with its value and without an error.
    lines->removeButton(1)->click();
    QCOMPARE(lines->rowCount(), 2);
    QCOMPARE(rowMessages(lines->rowForm(0)), QString());
    QCOMPARE(rowMessages(lines->rowForm(1)), QString());
    const value::Term sent = *preview.form()->params().get(u"lines");
    QCOMPARE(sent.elements().at(1).get(u"sku")->text(), QStringLiteral("third"));
    QCOMPARE(preview.changeset()->hasError(QStringLiteral("lines")), false);
    // Removing every row still sends the (empty) list: the person emptied it.
    lines->removeButton(1)->click();
    lines->removeButton(0)->click();
    QCOMPARE(lines->rowCount(), 0);
    QVERIFY(preview.form()->params().get(u"lines")->elements().empty());
    // Reset sends nothing again.
    preview.button(ChangesetPreview::Button::ResetForm)->click();
    QVERIFY(!preview.form()->params().get(u"lines"));
}

// An embeds_one: one row at most; its errors under its own fields, and a required
// relation's "can't be blank" on the relation itself.
void TestChangesetNested::relationErrorsStayOnTheRelation()
{
    ChangesetPreview preview(&m_workspace);
    open(preview, QStringLiteral("Forms.Order"), QStringLiteral("gen_0002_changeset"));
    RelationFieldEditor *address = relation(preview.form(), QStringLiteral("shipping_address"));
    QVERIFY(address);
    QCOMPARE(preview.form()->messageText(QStringLiteral("shipping_address")), QStringLiteral("can't be blank"));
    address->addButton()->click();
    QCOMPARE(address->rowCount(), 1);
    QVERIFY(address->addButton()->isHidden()); // embeds_one: one row only
    typeInto(address->rowForm(0), QStringLiteral("postal_code"), QStringLiteral("12345678901"));
    QCOMPARE(rowMessages(address->rowForm(0)),
             QStringLiteral("city=can't be blank; postal_code=should be at most 10 character(s)"));
    QCOMPARE(preview.form()->messageText(QStringLiteral("shipping_address")), QString());
    QVERIFY(preview.form()->params().get(u"shipping_address")->isMap());
    address->removeButton(0)->click();
    QCOMPARE(address->rowCount(), 0);
    QVERIFY(!address->addButton()->isHidden());
    QCOMPARE(preview.form()->messageText(QStringLiteral("shipping_address")), QStringLiteral("can't be blank"));
}

// A loaded struct's embeds become rows, and sending them back changes nothing.
void TestChangesetNested::loadedEmbedsFillRows()
{
    ChangesetPreview preview(&m_workspace);
    open(preview, QStringLiteral("Forms.Order"), QStringLiteral("changeset"));
    const Result<value::Term> data = value::TermJson::parse(QByteArray(R"({"reference": "R-9",
        "lines": [{"sku": "A", "quantity": 2}, {"sku": "B", "quantity": 1}],
        "shipping_address": {"city": "Lyon", "country": "FR"}})"));
    QVERIFY(data);
    preview.form()->setData(*data);
    RelationFieldEditor *lines = relation(preview.form(), QStringLiteral("lines"));
    QCOMPARE(lines->rowCount(), 2);
    auto *sku = qobject_cast<widgets::TextFieldEditor *>(lines->rowForm(1)->editor(QStringLiteral("sku")));
    QCOMPARE(sku->lineEdit()->text(), QStringLiteral("B"));
    RelationFieldEditor *address = relation(preview.form(), QStringLiteral("shipping_address"));
    QCOMPARE(address->rowCount(), 1);
    QCOMPARE(address->rowForm(0)->params().get(u"city")->text(), QStringLiteral("Lyon"));
}

void TestChangesetNested::rowsAreNotSquashed()
{
    ChangesetPreview preview(&m_workspace);
    open(preview, QStringLiteral("Forms.Order"), QStringLiteral("changeset"));
    preview.resize(900, 500);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    RelationFieldEditor *lines = relation(preview.form(), QStringLiteral("lines"));
    for (int i = 0; i < 6; ++i)
        lines->addButton()->click();
    // Rows take their height at once, before any event is processed.
    for (int i = 0; i < lines->rowCount(); ++i)
        QVERIFY(lines->rowForm(i)->isVisible());
    QApplication::processEvents();
    for (int i = 0; i < lines->rowCount(); ++i) {
        ChangesetFormView *row = lines->rowForm(i);
        QVERIFY2(row->height() >= row->minimumSizeHint().height(),
                 qPrintable(QStringLiteral("row %1: %2 < %3").arg(i).arg(row->height()).arg(row->minimumSizeHint().height())));
        // Every field of the row is at least as tall as a line edit wants to be.
        for (const widgets::FieldEditor *e : row->editors())
            QVERIFY(e->height() >= e->minimumSizeHint().height());
    }
    // Six rows do not fit in 500 pixels: the form scrolls instead.
    auto *scroll = qobject_cast<QScrollArea *>(preview.form()->parentWidget()->parentWidget());
    QVERIFY(scroll);
    QVERIFY(scroll->verticalScrollBar()->maximum() > 0);
}

void TestChangesetNested::keyboard()
{
    ChangesetPreview preview(&m_workspace);
    open(preview, QStringLiteral("Forms.Order"), QStringLiteral("changeset"));
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    RelationFieldEditor *lines = relation(preview.form(), QStringLiteral("lines"));
    lines->addButton()->setFocus();
    QTest::keyClick(lines->addButton(), Qt::Key_Space);
    QCOMPARE(lines->rowCount(), 1);
    // The new row's first field has the focus; Tab goes on to the row's next field.
    QWidget *sku = lines->rowForm(0)->editor(QStringLiteral("sku"))->focusTarget();
    QTRY_VERIFY(sku->hasFocus());
    QTest::keyClick(sku, Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), lines->rowForm(0)->editor(QStringLiteral("quantity"))->focusTarget());
    // After the row's last field: its Remove button, then Add, then the next relation.
    const QList<QWidget *> chain = preview.form()->tabChain();
    const qsizetype remove = chain.indexOf(lines->removeButton(0));
    QVERIFY(remove > 0);
    QCOMPARE(chain.value(remove + 1), static_cast<QWidget *>(lines->addButton()));
    for (qsizetype i = 1; i < chain.size(); ++i) {
        QWidget *next = chain.at(i - 1)->nextInFocusChain();
        while (next && !(next->focusPolicy() & Qt::TabFocus) && !chain.contains(next))
            next = next->nextInFocusChain();
        QCOMPARE(next, chain.at(i));
    }
    // Row labels have mnemonics, none of them a letter the outer form's labels use.
    QString outer;
    QString inner;
    for (const QLabel *label : preview.form()->findChildren<QLabel *>()) {
        if (!label->buddy())
            continue;
        (lines->isAncestorOf(label) ? inner : outer) += mnemonicOf(label->text());
    }
    QVERIFY(!inner.isEmpty());
    for (const QChar c : inner)
        QVERIFY2(!outer.contains(c), qPrintable(QStringLiteral("%1 is also used outside the row").arg(c)));
    // Removing the focused row leaves the focus on Add.
    lines->removeButton(0)->setFocus();
    QTest::keyClick(lines->removeButton(0), Qt::Key_Space);
    QCOMPARE(lines->rowCount(), 0);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(lines->addButton()));
}

// The steps pane of the same preview: a helper's branch the run did not take is
// listed as skipped, and a function that raised still lists its steps, the last
// one marked as the one that raised.
void TestChangesetNested::stepsPane_data()
{
    QTest::addColumn<QString>("module");
    QTest::addColumn<QString>("function");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("status");
    QTest::newRow("if without an address change") << "Forms.Account" << "gen_0014_changeset" << "" << ""
                                                  << int(changeset::PipelineStep::Status::Skipped);
    QTest::newRow("update_change(&String.trim/1) on nil") << "Forms.Order" << "gen_0149_changeset" << "reference" << " "
                                                          << int(changeset::PipelineStep::Status::Raised);
}

void TestChangesetNested::stepsPane()
{
    QFETCH(QString, module);
    QFETCH(QString, function);
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(int, status);
    ChangesetPreview preview(&m_workspace);
    open(preview, module, function);
    if (!field.isEmpty())
        typeInto(preview.form(), field, text);
    const QAbstractItemModel *steps = preview.resultPanel()->stepModel();
    QVERIFY(steps->rowCount() > 1);
    QStringList found;
    for (int row = 0; row < steps->rowCount(); ++row) {
        if (steps->index(row, 0).data(models::PipelineStepModel::StatusRole).toInt() == status)
            found << steps->index(row, 0).data().toString().trimmed();
    }
    QVERIFY2(!found.isEmpty(), qPrintable(QStringLiteral("no step with status %1").arg(status)));
    if (status == int(changeset::PipelineStep::Status::Raised)) {
        QVERIFY(!preview.changeset());
        QCOMPARE(found, QStringList{QStringLiteral("update_change")});
        // The raising step is the last one listed: nothing after it ran.
        QCOMPARE(steps->index(steps->rowCount() - 1, 0).data(models::PipelineStepModel::StatusRole).toInt(), status);
    } else {
        QVERIFY(preview.changeset().has_value());
        QCOMPARE(found, QStringList{QStringLiteral("validate_format")});
    }
}

// An order with two lines and a shipping address, with errors in the second line
// and in the address.
void TestChangesetNested::screenshots()
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
        widgets::TranslationLoader::install(qApp, language);
        ChangesetPreview preview(&m_workspace);
        open(preview, QStringLiteral("Forms.Order"), QStringLiteral("changeset"));
        preview.resize(1280, 900);
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        typeInto(preview.form(), QStringLiteral("reference"), QStringLiteral("ORD-1042"));
        typeInto(preview.form(), QStringLiteral("total"), QStringLiteral("59.90"));
        RelationFieldEditor *lines = relation(preview.form(), QStringLiteral("lines"));
        lines->addButton()->click();
        lines->addButton()->click();
        typeInto(lines->rowForm(0), QStringLiteral("sku"), QStringLiteral("MUG-01"));
        typeInto(lines->rowForm(0), QStringLiteral("quantity"), QStringLiteral("2"));
        typeInto(lines->rowForm(0), QStringLiteral("unit_price"), QStringLiteral("12.50"));
        typeInto(lines->rowForm(1), QStringLiteral("quantity"), QStringLiteral("0"));
        RelationFieldEditor *address = relation(preview.form(), QStringLiteral("shipping_address"));
        address->addButton()->click();
        typeInto(address->rowForm(0), QStringLiteral("street"), QStringLiteral("12 Rue de la Paix"));
        typeInto(address->rowForm(0), QStringLiteral("postal_code"), QStringLiteral("75002-PARIS-FR"));
        QVERIFY(!rowMessages(lines->rowForm(1)).isEmpty());
        QVERIFY(!rowMessages(address->rowForm(0)).isEmpty());
        QApplication::processEvents();
        // The sub-forms are the picture: the form scrolls down to the lines.
        auto *scroll = qobject_cast<QScrollArea *>(preview.form()->parentWidget()->parentWidget());
        QVERIFY(scroll);
        scroll->verticalScrollBar()->setValue(lines->mapTo(preview.form(), QPoint(0, 0)).y() - 120);
        QApplication::processEvents();
        screenshot::grabAndCheck(preview, language == QLatin1String("en") ? QStringLiteral("changeset-nested")
                                                                          : QStringLiteral("changeset-nested-de"));
    }
    widgets::TranslationLoader::install(qApp, QStringLiteral("en"));
}

QTEST_MAIN(TestChangesetNested)
#include "tst_changesetnested.moc"
