#include "migrationsqlpanel.h"

#include "codeview.h"
#include "migration/migrationplanner.h"
#include "migration/migrationreader.h"
#include "migration/migrator.h"

#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QSplitter>
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

void showStatements(CodeView *view, const migration::MigrationStatements &planned)
{
    if (planned.error) {
        view->setCode(MigrationSqlPanel::tr("Ecto refuses to run this direction:\n\n%1").arg(*planned.error),
                      CodeLanguage::Plain);
    } else if (planned.statements.isEmpty()) {
        view->setCode(MigrationSqlPanel::tr("-- no statements"), CodeLanguage::Sql);
    } else {
        view->setCode(script(planned.statements), CodeLanguage::Sql);
    }
}

} // namespace

MigrationSqlPanel::MigrationSqlPanel(QWidget *parent)
    : QWidget(parent)
    , m_source(new CodeView(this))
    , m_up(new CodeView(this))
    , m_down(new CodeView(this))
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
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 2);
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
}

void MigrationSqlPanel::showMissing(qint64 version)
{
    clear();
    const QString text = tr("Version %1 is recorded in schema_migrations but no migration file has it: "
                            "it cannot be rolled back from here.")
                             .arg(version);
    m_source->setCode(text, CodeLanguage::Plain);
}

void MigrationSqlPanel::showMigration(const QString &path, db::Dialect dialect)
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
    const migration::Migration read = migration::MigrationReader::fromSource(source, path);
    if (read.error) {
        const QString error = tr("Cannot read this migration: %1").arg(*read.error);
        m_up->setCode(error, CodeLanguage::Plain);
        m_down->setCode(error, CodeLanguage::Plain);
        return;
    }
    const auto ddl = migration::Migrator::renderer(dialect);
    showStatements(m_up, migration::MigrationPlanner::up(read, *ddl));
    showStatements(m_down, migration::MigrationPlanner::down(read, *ddl));
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
