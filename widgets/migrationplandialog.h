#pragma once

#include <QDialog>

namespace ectowb::widgets {

// Plan...: what Apply All would run, as MigrationPlanReport writes it (statements,
// locks, findings, reversibility); nothing runs. It deletes itself when closed.
class MigrationPlanDialog : public QDialog
{
    Q_OBJECT
public:
    MigrationPlanDialog(const QString &markdown, QWidget *parent);
};

} // namespace ectowb::widgets
