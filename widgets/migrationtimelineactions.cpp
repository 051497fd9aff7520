#include "migrationtimelineactions.h"

#include <QAction>
#include <QWidget>

namespace ectowb::widgets {

using models::MigrationEntry;

MigrationTimelineActions::MigrationTimelineActions(QWidget *owner)
    : QObject(owner)
{
    struct Spec
    {
        QString text;
        QString tip;
        QKeySequence key;
    };
    // In the order of Action.
    const Spec specs[] = {
        {tr("&Apply"), tr("Apply the next pending migration (mix ecto.migrate --step 1)"), QKeySequence(Qt::CTRL | Qt::Key_U)},
        {tr("Apply up to &Here"), tr("Apply every pending migration up to the selected one (--to)"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U)},
        {tr("Apply A&ll"), tr("Apply every pending migration (mix ecto.migrate)"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_U)},
        {tr("&Roll Back"), tr("Roll back the last applied migration (mix ecto.rollback)"), QKeySequence(Qt::CTRL | Qt::Key_D)},
        {tr("Roll Back &to Here"), tr("Roll back every applied migration down to and including the selected one (--to)"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)},
        {tr("&Cancel"), tr("Stop after the migration that is running"), QKeySequence(Qt::Key_Escape)},
        {tr("Re&fresh"), tr("Read the migration status again"), QKeySequence()},
        {tr("&Open Database..."), tr("Use another database than the project's"), QKeySequence()},
        {tr("Re&set Sample"), tr("Delete the sample's database and apply every migration again"), QKeySequence()},
        {tr("&Plan..."), tr("What Apply All would run: statements, locks, findings, reversibility (nothing runs)"),
         QKeySequence(Qt::CTRL | Qt::Key_P)},
        {tr("&Mark as Applied"), tr("Record the selected migration as applied without running it (it ran elsewhere)"),
         QKeySequence()},
        {tr("&Stop Here"), tr("Apply every pending migration before the selected one, and stop there"), QKeySequence()},
    };
    for (const Spec &spec : specs) {
        auto *action = new QAction(spec.text, owner);
        const QString tip = spec.key.isEmpty() ? spec.tip : tr("%1 (%2)").arg(spec.tip, spec.key.toString(QKeySequence::NativeText));
        action->setToolTip(tip);
        action->setShortcut(spec.key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        owner->addAction(action);
        m_actions.append(action);
        m_texts.append(spec.text);
        m_tips.append(spec.tip); // as the rollbacks show it again (without the keys)
    }
}

QAction *MigrationTimelineActions::action(Action which) const
{
    return m_actions.value(int(which));
}

void MigrationTimelineActions::update(const State &state)
{
    const bool selectedDown = state.selected == MigrationEntry::State::Down;
    const bool selectedUp = state.selected == MigrationEntry::State::Up;
    action(Action::ApplyNext)->setEnabled(state.canRun && state.anyDown);
    action(Action::ApplyToHere)->setEnabled(state.canRun && selectedDown);
    action(Action::ApplyAll)->setEnabled(state.canRun && state.anyDown);
    action(Action::RollBack)->setEnabled(state.canRun && state.anyUp);
    action(Action::RollBackToHere)->setEnabled(state.canRun && selectedUp);
    action(Action::Cancel)->setEnabled(state.busy && state.running);
    action(Action::Refresh)->setEnabled(!state.busy && state.hasFolder);
    action(Action::OpenDatabase)->setEnabled(!state.busy);
    action(Action::ResetSample)->setEnabled(!state.busy && state.canResetSample);
    action(Action::Plan)->setEnabled(state.hasFiles);
    action(Action::MarkApplied)->setEnabled(state.canRun && selectedDown);
    action(Action::StopHere)->setEnabled(state.canRun && selectedDown);
}

void MigrationTimelineActions::markIrreversible(Action rollback, const QString &reason)
{
    QAction *a = action(rollback);
    const QString text = m_texts.value(int(rollback));
    a->setText(reason.isEmpty() ? text : tr("%1 (irreversible)").arg(text));
    a->setToolTip(reason.isEmpty() ? m_tips.value(int(rollback)) : reason);
}

} // namespace ectowb::widgets
