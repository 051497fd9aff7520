#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ectowb::widgets {

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : QDialog(window)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    const QList<QPair<QString, QString>> rows = shortcuts(window);
    auto *table = new QTableWidget(int(rows.size()), 2, this);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows.at(i).first));
        table->setItem(i, 1, new QTableWidgetItem(rows.at(i).second));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(560, 620);
}

QList<QPair<QString, QString>> ShortcutsDialog::shortcuts(const QWidget *window)
{
    QList<QPair<QString, QString>> rows;
    QSet<QString> seen;
    for (const QAction *action : window->findChildren<QAction *>()) {
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts()) {
            if (!key.isEmpty())
                keys << key.toString(QKeySequence::NativeText);
        }
        if (keys.isEmpty())
            continue;
        QString text = action->text();
        text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
        text.remove(QStringLiteral("\u2026"));
        text.remove(QStringLiteral("..."));
        const QString row = text + u'\n' + keys.join(QStringLiteral(", "));
        if (text.isEmpty() || seen.contains(row))
            continue;
        seen.insert(row);
        rows.append({text, keys.join(QStringLiteral(", "))});
    }
    rows.append({tr("Next step (presentation mode)"), tr("Right, Down, Page Down")});
    rows.append({tr("Previous step (presentation mode)"), tr("Left, Up, Page Up")});
    rows.append({tr("Leave presentation mode"), tr("Esc, F11")});
    rows.append({tr("Zoom the diagram"), tr("Ctrl+Wheel")});
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
    return rows;
}

} // namespace ectowb::widgets
