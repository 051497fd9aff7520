// The timeline's review side: Plan... before Apply, and the rollback actions saying
// why Ecto would refuse before anything runs.
#include "migrationtimeline.h"

#include "migration/migrationlinter.h"
#include "migration/migrationplanreport.h"
#include "models/migrationlistmodel.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QListView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ectowb::widgets {

using migration::Direction;
using migration::MigrationSelection;
using models::MigrationEntry;

QString MigrationTimeline::irreversibleReason(const MigrationSelection &selection) const
{
    for (const project::MigrationFile &file : selection.pick(Direction::Down, m_files, appliedVersions())) {
        const int row = m_model->rowOfVersion(file.version);
        const MigrationEntry *entry = m_model->entry(row);
        if (entry && entry->irreversible)
            return tr("Migration %1 %2 cannot be rolled back, so nothing is run:\n\n%3")
                .arg(QString::number(entry->version), entry->name, entry->downError);
    }
    return {};
}

void MigrationTimeline::markIrreversibleRollbacks()
{
    const struct
    {
        Action action;
        QString text;
        QString tip;
        MigrationSelection selection;
    } rollbacks[] = {
        {Action::RollBack, tr("&Roll Back"), tr("Roll back the last applied migration (mix ecto.rollback)"), MigrationSelection::step(1)},
        {Action::RollBackToHere, tr("Roll Back &to Here"),
         tr("Roll back every applied migration down to and including the selected one (--to)"),
         MigrationSelection::to(selectedVersion().value_or(0))},
    };
    for (const auto &r : rollbacks) {
        const QString reason = irreversibleReason(r.selection);
        QAction *a = action(r.action);
        a->setText(reason.isEmpty() ? r.text : tr("%1 (irreversible)").arg(r.text));
        a->setToolTip(reason.isEmpty() ? r.tip : reason);
    }
}

QString MigrationTimeline::planMarkdown() const
{
    const migration::MigrationLinter linter(chosenDialect());
    return migration::MigrationPlanReport::markdown(
        migration::MigrationPlanReport::pending(m_files, appliedVersions(), MigrationSelection::all(), linter));
}

void MigrationTimeline::showPlan()
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("migrationPlan"));
    dialog->setWindowTitle(tr("Plan: what Apply All would run"));
    auto *browser = new QTextBrowser(dialog);
    browser->setMarkdown(planMarkdown());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    dialog->resize(900, 640);
    dialog->show();
}

} // namespace ectowb::widgets
