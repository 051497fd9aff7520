#include "migrationsqlpanel.h"

#include "codeview.h"
#include "migrationreviewpane.h"
#include "migration/migrationlinter.h"
#include "migration/migrationplanner.h"
#include "migration/migrationreader.h"
#include "migration/migrator.h"

#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QSplitter>
#include <QTextBlock>
#include <QVBoxLayout>

namespace ectowb::widgets {

namespace {

// Statements as a script one could paste into psql or sqlite3.
QString script(const QStringList &statements)
{
    QString out;
    for (const QString &statement : statements)
        out += statement % u";\n\n";
    return out.trimmed();
}

const QString kLockMark = QStringLiteral("-- lock: ");

// Each statement under a comment naming its lock: "-- lock: ACCESS EXCLUSIVE on posts, rewrite".
QString markedScript(const QList<migration::ReviewedStatement> &statements)
{
    QString out;
    for (const migration::ReviewedStatement &s : statements) {
        QString mark = s.lock.label();
        if (mark.isEmpty())
            mark = s.lock.createdTable.isEmpty() ? MigrationSqlPanel::tr("none") : MigrationSqlPanel::tr("none (new table)");
        else if (!s.lock.tables.isEmpty())
            mark = MigrationSqlPanel::tr("%1 on %2").arg(mark, s.lock.tables.join(QStringLiteral(", ")));
        out += kLockMark % mark % u'\n' % s.sql % u";\n\n";
    }
    return out.trimmed();
}

// Tints the lock comments: red where reads wait or the table is rewritten, amber
// where writes wait.
void tintLockMarks(CodeView *view)
{
    QList<QTextEdit::ExtraSelection> marks;
    for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
        if (!block.text().startsWith(kLockMark))
            continue;
        const QString text = block.text();
        const bool severe = text.contains(QLatin1String("ACCESS EXCLUSIVE")) || text.contains(QLatin1String("rewrite"))
                            || text.contains(QLatin1String("fails"));
        const bool none = text.contains(MigrationSqlPanel::tr("none"));
        QTextEdit::ExtraSelection mark;
        mark.format.setBackground(severe ? QColor(0xff, 0xcd, 0xd2) : none ? QColor(0xe8, 0xf5, 0xe9) : QColor(0xff, 0xe0, 0xb2));
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        mark.cursor = QTextCursor(block);
        marks.append(mark);
    }
    view->setExtraSelections(marks);
}

// A migration that reads rows goes on with what it read, which here is an empty
// database: say so above the SQL rather than let it look complete.
QString dataNote(const migration::MigrationStatements &planned)
{
    if (!planned.dependsOnData())
        return QString();
    int count = 0;
    for (const migration::StatementOrigin origin : planned.origins)
        count += origin == migration::StatementOrigin::AfterRead ? 1 : 0;
    return MigrationSqlPanel::tr("-- This migration reads rows at run time; here it reads an empty database.\n"
                                 "-- %n statement(s) after the read may differ or be missing when it runs.\n\n",
                                 nullptr, count);
}

void showStatements(CodeView *view, const migration::MigrationStatements &planned,
                    const QList<migration::ReviewedStatement> &reviewed)
{
    const QString note = dataNote(planned);
    if (planned.error) {
        // What is sent before the error, then where and why the run stops.
        const QString sent = planned.statements.isEmpty() ? QString() : script(planned.statements) + QStringLiteral("\n\n");
        view->setCode(note + sent + MigrationSqlPanel::tr("-- The run stops here:\n-- %1")
                                 .arg(migration::MigrationStatements::errorText(*planned.error).replace(QLatin1Char('\n'), QStringLiteral("\n-- "))),
                      CodeLanguage::Sql);
    } else if (planned.statements.isEmpty()) {
        view->setCode(MigrationSqlPanel::tr("-- no statements"), CodeLanguage::Sql);
    } else if (reviewed.size() == planned.statements.size()) {
        view->setCode(note + markedScript(reviewed), CodeLanguage::Sql);
    } else {
        view->setCode(note + script(planned.statements), CodeLanguage::Sql);
    }
    tintLockMarks(view);
}

} // namespace

MigrationSqlPanel::MigrationSqlPanel(QWidget *parent)
    : QWidget(parent)
    , m_source(new CodeView(this))
    , m_up(new CodeView(this))
    , m_down(new CodeView(this))
    , m_review(new MigrationReviewPane(this))
{
    m_source->setObjectName(QStringLiteral("migrationSource"));
    m_up->setObjectName(QStringLiteral("migrationSqlUp"));
    m_down->setObjectName(QStringLiteral("migrationSqlDown"));
    // Statements are long lines: they wrap, and up and down each get the full width.
    for (CodeView *view : {m_up, m_down})
        view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(titled(tr("Source"), &m_sourceTitle, m_source, split));
    split->addWidget(titled(tr("SQL up"), &m_upTitle, m_up, split));
    split->addWidget(titled(tr("SQL down"), &m_downTitle, m_down, split));
    split->addWidget(titled(tr("Review"), &m_reviewTitle, m_review, split));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 2);
    split->setStretchFactor(3, 2);
    connect(m_review, &MigrationReviewPane::lineActivated, this, &MigrationSqlPanel::showLine);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    clear();
}

QWidget *MigrationSqlPanel::titled(const QString &title, QLabel **label, QWidget *body, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    *label = new QLabel(title, box);
    QFont font; // the weight only: the size follows the UI zoom
    font.setBold(true);
    (*label)->setFont(font);
    layout->addWidget(*label);
    layout->addWidget(body, 1);
    return box;
}

void MigrationSqlPanel::clear()
{
    m_source->setCode(tr("Select a migration to read its source and SQL."), CodeLanguage::Plain);
    m_up->setCode(QString(), CodeLanguage::Sql);
    m_down->setCode(QString(), CodeLanguage::Sql);
    m_sourceTitle->setText(tr("Source"));
    m_upTitle->setText(tr("SQL up"));
    m_downTitle->setText(tr("SQL down"));
    m_review->clear();
    m_reviewTitle->setText(tr("Review"));
}

void MigrationSqlPanel::showMissing(qint64 version, const QString &source)
{
    clear();
    const QString text = tr("Version %1 is recorded in %2 but no migration file has it: "
                            "it cannot be rolled back from here.")
                             .arg(version)
                             .arg(source);
    m_source->setCode(text, CodeLanguage::Plain);
}

void MigrationSqlPanel::showMigration(const QString &path, db::Dialect dialect, const migration::ReaderEnvironment &environment)
{
    m_sourceTitle->setText(tr("Source: %1").arg(QFileInfo(path).fileName()));
    m_upTitle->setText(tr("SQL up (%1)").arg(db::dialectTitle(dialect)));
    m_downTitle->setText(tr("SQL down (%1)").arg(db::dialectTitle(dialect)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const QString error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        m_source->setCode(error, CodeLanguage::Plain);
        m_up->setCode(error, CodeLanguage::Plain);
        m_down->setCode(error, CodeLanguage::Plain);
        return;
    }
    const QByteArray source = file.readAll();
    m_source->setCode(QString::fromUtf8(source), CodeLanguage::Elixir, path);
    const migration::MigrationReview review = migration::MigrationLinter(dialect).review(source, path);
    m_review->showReview(review);
    m_reviewTitle->setText(tr("Review: %n finding(s)", nullptr, int(review.findings.size())));
    const migration::Migration read = migration::MigrationReader::fromSource(source, path, environment);
    if (read.error) {
        const QString error = tr("Cannot read this migration: %1").arg(migration::MigrationStatements::errorText(*read.error));
        m_up->setCode(error, CodeLanguage::Plain);
        m_down->setCode(error, CodeLanguage::Plain);
        return;
    }
    const auto ddl = migration::Migrator::renderer(dialect);
    showStatements(m_up, migration::MigrationPlanner::up(read, *ddl), review.up);
    showStatements(m_down, migration::MigrationPlanner::down(read, *ddl), review.down);
}

void MigrationSqlPanel::showLine(int line)
{
    const QTextBlock block = m_source->document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    m_source->setTextCursor(cursor);
    m_source->centerCursor();
    QTextEdit::ExtraSelection mark;
    mark.format.setBackground(QColor(0xff, 0xf5, 0x9d));
    mark.format.setProperty(QTextFormat::FullWidthSelection, true);
    mark.cursor = cursor;
    m_source->setExtraSelections({mark});
}

int MigrationSqlPanel::currentSourceLine() const
{
    return m_source->textCursor().blockNumber() + 1;
}

void MigrationSqlPanel::setCodePointSize(qreal pointSize)
{
    for (CodeView *view : {m_source, m_up, m_down})
        view->setPointSize(pointSize);
}

QString MigrationSqlPanel::upText() const
{
    return m_up->toPlainText();
}

QString MigrationSqlPanel::downText() const
{
    return m_down->toPlainText();
}

} // namespace ectowb::widgets
