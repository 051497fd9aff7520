#pragma once

#include "models/migrationlistmodel.h"

#include <QObject>

#include <optional>

class QAction;
class QWidget;

namespace ectowb::widgets {

// The timeline's actions: their texts, keys and tips (which name the keys), which of
// them the timeline's state allows, and the rollbacks that say so when Ecto could not
// reverse what they would roll back. What each action does is the timeline's.
class MigrationTimelineActions : public QObject
{
    Q_OBJECT
public:
    enum class Action { ApplyNext, ApplyToHere, ApplyAll, RollBack, RollBackToHere, Cancel, Refresh, OpenDatabase, ResetSample,
                        Plan, MarkApplied, StopHere };
    // What the actions follow.
    struct State
    {
        bool busy = false;     // a job runs on the migration runner
        bool running = false;  // ... and it is a run, which Cancel stops
        bool canRun = false;   // a reachable database, migration files and no job
        bool anyDown = false;  // a migration is pending
        bool anyUp = false;    // a migration is applied
        std::optional<models::MigrationEntry::State> selected;
        bool hasFolder = false;
        bool hasFiles = false;
        bool canResetSample = false; // the sample on its own database
    };

    // The actions are `owner`'s: their keys work in all of its children.
    explicit MigrationTimelineActions(QWidget *owner);

    QAction *action(Action which) const;
    void update(const State &state);
    // `reason`: why Ecto refuses to roll back what the action would (empty: it can).
    void markIrreversible(Action rollback, const QString &reason);

private:
    QList<QAction *> m_actions;
    QStringList m_texts;
    QStringList m_tips;
};

} // namespace ectowb::widgets
