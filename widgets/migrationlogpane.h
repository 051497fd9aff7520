#pragma once

#include <QWidget>

class QPlainTextEdit;
class QProgressBar;

namespace ectowb::widgets {

// The timeline's log: the statements of a run as they are sent, what each run did,
// and while a run goes, how many of its migrations are done. The newest line stays
// in view, also after the person scrolled up.
class MigrationLogPane : public QWidget
{
    Q_OBJECT
public:
    explicit MigrationLogPane(QWidget *parent = nullptr);

    void append(const QString &line);
    QString text() const;

    // The progress of a run: unknown length until its first migration starts.
    void runStarted();
    void migrationStarted(int index, int total);
    void migrationFinished(int index);
    void runEnded();

private:
    QProgressBar *m_progress;
    QPlainTextEdit *m_log;
    bool m_followLog = true; // the log keeps its newest line in view
};

} // namespace ectowb::widgets
