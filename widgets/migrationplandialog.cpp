#include "migrationplandialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ectowb::widgets {

MigrationPlanDialog::MigrationPlanDialog(const QString &markdown, QWidget *parent)
    : QDialog(parent)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("migrationPlan"));
    setWindowTitle(tr("Plan: what Apply All would run"));
    auto *browser = new QTextBrowser(this);
    browser->setMarkdown(markdown);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    resize(900, 640);
}

} // namespace ectowb::widgets
