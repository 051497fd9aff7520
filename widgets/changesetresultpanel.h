#pragma once

#include "changeset/changeset.h"
#include "changeset/changesetpersistence.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTreeView;

namespace ectowb::models {
class PipelineStepModel;
}

namespace ectowb::widgets {

// What the last run gave: valid? (flagged when steps could not be evaluated), the
// changeset as IEx prints it, the errors as traverse_errors interpolates them (in
// the user's language where Ecto wrote the message), the pipeline's steps, and the
// outcome of the last try or save on the database.
class ChangesetResultPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChangesetResultPanel(QWidget *parent = nullptr);

    void showChangeset(const changeset::Changeset &changeset);
    // The changeset function raised instead of returning a changeset.
    // The function raised: `steps` are those that ran, the last one the step that raised.
    void showRaised(const Error &error, std::vector<changeset::PipelineStep> steps = {});
    void showRepoOutcome(const changeset::RepoOutcome &outcome, const QString &where);
    void showRepoMessage(const QString &text);
    void clearRepoOutcome();

    QString validText() const;
    QString inspectText() const;
    QString messagesText() const;
    QString repoText() const;
    models::PipelineStepModel *stepModel() const { return m_steps; }

private:
    QLabel *m_valid;
    QPlainTextEdit *m_inspect;
    QPlainTextEdit *m_messages;
    models::PipelineStepModel *m_steps;
    QTreeView *m_stepView;
    QLabel *m_repoTitle;
    QPlainTextEdit *m_repo;
};

} // namespace ectowb::widgets
