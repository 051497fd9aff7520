#include "querycomposersqlpane.h"

#include "codeview.h"
#include "notelabel.h"
#include "titledpane.h"
#include "sql/sqldiff.h"

#include <QPlainTextEdit>

namespace ectowb::widgets {

QueryComposerSqlPane::QueryComposerSqlPane(QWidget *parent)
    : QSplitter(Qt::Vertical, parent)
    , m_sql(new CodeView(this))
    , m_params(new QPlainTextEdit(this))
    , m_note(new NoteLabel(this))
{
    m_sql->setObjectName(QStringLiteral("composerSql"));
    m_sql->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_params->setObjectName(QStringLiteral("composerParams"));
    m_params->setReadOnly(true);
    m_params->setMaximumBlockCount(1000);
    m_params->setPlaceholderText(tr("No parameters"));
    QFont mono; // the family only: the size follows the UI zoom
    mono.setFamily(m_sql->font().family());
    mono.setStyleHint(QFont::Monospace);
    m_params->setFont(mono);
}

void QueryComposerSqlPane::addControls(QWidget *dialect, QWidget *pins)
{
    addWidget(new TitledPane(tr("S&QL"), m_sql, m_note, this, dialect));
    addWidget(new TitledPane(tr("P&arameters"), m_params, pins, this));
    setStretchFactor(0, 3);
    setStretchFactor(1, 1);
}

QString QueryComposerSqlPane::joinedSql(const QueryComposerRendering &rendering)
{
    QStringList sqls;
    for (const QueryComposerRendering::Statement &statement : rendering.statements)
        sqls << statement.sql;
    return sqls.join(u";\n\n");
}

void QueryComposerSqlPane::showRendering(const QueryComposerRendering &rendering, db::Dialect dialect,
                                         const QString &previousSql)
{
    const QString sql = joinedSql(rendering);
    m_sql->setCode(sql, CodeLanguage::Sql);
    showParameters(rendering, dialect);
    m_note->setVisible(!rendering.error.isEmpty());
    m_note->setText(rendering.error);
    markAdded(previousSql, sql);
}

void QueryComposerSqlPane::showParameters(const QueryComposerRendering &rendering, db::Dialect dialect)
{
    QStringList params;
    const bool postgres = dialect == db::Dialect::Postgres;
    for (const QueryComposerRendering::Statement &statement : rendering.statements) {
        for (qsizetype i = 0; i < statement.params.size(); ++i)
            params << (postgres ? u'$' % QString::number(i + 1) : u'?' % QString::number(i + 1)) % u" = " % statement.params.at(i);
    }
    QStringList missing;
    for (const OpenParametersEditor::Parameter &p : rendering.open) {
        if (!p.supplied)
            missing << u'^' % p.name;
    }
    // Until every pin has a value there is nothing honest to show as its parameter.
    m_params->setPlainText(missing.isEmpty() ? params.join(u'\n')
                                             : tr("Give %1 a value below to see the parameters.").arg(missing.join(u", ")));
}

// Step-through: what this step added to the SQL (outside one there is no previous
// SQL, and nothing is marked).
void QueryComposerSqlPane::markAdded(const QString &previousSql, const QString &sql)
{
    m_added.clear();
    QList<QTextEdit::ExtraSelection> marks;
    if (!previousSql.isNull()) {
        for (const sql::TextRange &range : sql::SqlDiff::added(previousSql, sql)) {
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(m_sql->document());
            mark.cursor.setPosition(range.start);
            mark.cursor.setPosition(range.start + range.length, QTextCursor::KeepAnchor);
            mark.format.setBackground(QColor(0xff, 0xe0, 0x82));
            marks << mark;
            m_added << sql.mid(range.start, range.length);
        }
    }
    m_sql->setExtraSelections(marks);
}

QString QueryComposerSqlPane::sqlText() const
{
    return m_sql->toPlainText();
}

QStringList QueryComposerSqlPane::parameterLines() const
{
    const QString text = m_params->toPlainText();
    return text.isEmpty() ? QStringList() : text.split(u'\n');
}

} // namespace ectowb::widgets
