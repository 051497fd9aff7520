#include "migrationlogpane.h"

#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScrollBar>
#include <QTextCursor>
#include <QVBoxLayout>

namespace ectowb::widgets {

namespace {

constexpr int LogLines = 5000;

} // namespace

MigrationLogPane::MigrationLogPane(QWidget *parent)
    : QWidget(parent)
    , m_progress(new QProgressBar(this))
    , m_log(new QPlainTextEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("%v of %m migration(s)"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->hide(); // shown while a run goes
    m_log->setObjectName(QStringLiteral("migrationLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(LogLines);
    m_log->setPlaceholderText(tr("The statements of a run appear here as they are sent."));
    QFont mono; // the family only: the size follows the UI zoom
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_log->setFont(mono);
    // A new line pins the log to its end, also when the layout or the pane's height
    // changes a moment later; scrolling up by hand lets go until the next line.
    QScrollBar *bar = m_log->verticalScrollBar();
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int max) {
        if (m_followLog)
            bar->setValue(max);
    });
    connect(bar, &QScrollBar::actionTriggered, this, [this] { m_followLog = false; });
    layout->addWidget(m_progress);
    layout->addWidget(m_log, 1);
}

void MigrationLogPane::append(const QString &line)
{
    m_log->appendPlainText(line);
    // The newest line is the one that matters during a run, even after a scroll up.
    m_log->moveCursor(QTextCursor::End);
    m_followLog = true;
    m_log->verticalScrollBar()->setValue(m_log->verticalScrollBar()->maximum());
}

QString MigrationLogPane::text() const
{
    return m_log->toPlainText();
}

void MigrationLogPane::runStarted()
{
    m_progress->setRange(0, 0);
    m_progress->show();
}

void MigrationLogPane::migrationStarted(int index, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(index);
}

void MigrationLogPane::migrationFinished(int index)
{
    m_progress->setValue(index + 1);
}

void MigrationLogPane::runEnded()
{
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_progress->hide(); // the log says how it went; an idle bar only takes room
}

} // namespace ectowb::widgets
