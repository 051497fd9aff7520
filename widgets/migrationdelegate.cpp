#include "migrationdelegate.h"

#include "migrationreviewpane.h"
#include "models/migrationlistmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace ectowb::widgets {

namespace {

using models::MigrationEntry;
using models::MigrationListModel;

constexpr int RailX = 16;
constexpr int DotRadius = 6;
constexpr int TextLeft = 36;
constexpr int Padding = 6;
constexpr int ChipPadding = 6;
constexpr int ChipSpacing = 4;

MigrationEntry::State stateOf(const QModelIndex &index)
{
    return MigrationEntry::State(index.data(MigrationListModel::StateRole).toInt());
}

QColor stateColor(MigrationEntry::State state)
{
    switch (state) {
    case MigrationEntry::State::Up:
        return QColor(0x2e, 0x7d, 0x32);
    case MigrationEntry::State::Down:
        return QColor(0x75, 0x75, 0x75);
    case MigrationEntry::State::FileNotFound:
        return QColor(0xc6, 0x28, 0x28);
    case MigrationEntry::State::Unknown:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

QFont smallFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(std::max(6.0, base.pointSizeF() * 0.85));
    return font;
}

} // namespace

QStringList MigrationDelegate::badges(const QModelIndex &index)
{
    QStringList out;
    if (!index.data(MigrationListModel::ReadErrorRole).toString().isEmpty())
        out.append(tr("unreadable"));
    if (index.data(MigrationListModel::IrreversibleRole).toBool())
        out.append(tr("irreversible"));
    if (index.data(MigrationListModel::NoTransactionRole).toBool())
        out.append(tr("no transaction"));
    if (index.data(MigrationListModel::OpaqueRole).toBool())
        out.append(tr("opaque steps"));
    return out;
}

QString MigrationDelegate::findingBadge(const QModelIndex &index)
{
    const int worst = index.data(MigrationListModel::WorstFindingRole).toInt();
    if (worst < 0)
        return {};
    const int count = index.data(MigrationListModel::FindingCountRole).toInt();
    return tr("%1 (%2)").arg(MigrationReviewPane::severityText(migration::LintSeverity(worst))).arg(count);
}

QSize MigrationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index);
    const QFontMetrics metrics(option.font);
    const QFontMetrics small(smallFont(option.font));
    return {TextLeft + metrics.horizontalAdvance(QLatin1Char('x')) * 40, metrics.height() + small.height() + 3 * Padding};
}

void MigrationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    paintRail(painter, option.rect, index);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QColor text = option.palette.color(textRole);
    QColor muted = text;
    muted.setAlphaF(0.65f);

    const QFont small = smallFont(option.font);
    const QFontMetrics smallMetrics(small);
    const QFontMetrics metrics(option.font);
    const QRect rect = option.rect;
    const int firstBaseline = rect.top() + Padding + smallMetrics.ascent();
    const int secondBaseline = firstBaseline + smallMetrics.descent() + Padding + metrics.ascent();

    // The chips take the right-hand side; the text is elided before them.
    int right = rect.right() - Padding;
    const MigrationEntry::State state = stateOf(index);
    right = paintChip(painter, right, rect.center().y(), MigrationListModel::stateText(state), stateColor(state), small);
    int badgeRight = right - ChipSpacing;
    const int worst = index.data(MigrationListModel::WorstFindingRole).toInt();
    if (worst >= 0)
        badgeRight = paintChip(painter, badgeRight, firstBaseline - smallMetrics.ascent() / 2 + 1, findingBadge(index),
                               MigrationReviewPane::severityColor(migration::LintSeverity(worst)), small) - ChipSpacing;
    for (const QString &badge : badges(index))
        badgeRight = paintChip(painter, badgeRight, firstBaseline - smallMetrics.ascent() / 2 + 1, badge,
                               QColor(0xe6, 0x51, 0x00), small) - ChipSpacing;

    QFont mono = small;
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    painter->setFont(mono);
    painter->setPen(muted);
    painter->drawText(rect.left() + TextLeft, firstBaseline, index.data(MigrationListModel::VersionRole).toString());

    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    const QString name = QFontMetrics(bold).elidedText(index.data(MigrationListModel::NameRole).toString(), Qt::ElideRight,
                                                       right - rect.left() - TextLeft - Padding);
    painter->drawText(rect.left() + TextLeft, secondBaseline, name);
    painter->restore();
}

void MigrationDelegate::paintRail(QPainter *painter, const QRect &rect, const QModelIndex &index) const
{
    const int x = rect.left() + RailX;
    const int y = rect.center().y();
    const QColor color = stateColor(stateOf(index));
    painter->setPen(QPen(QColor(0xbd, 0xbd, 0xbd), 2));
    // The rail joins the stops; it starts at the first and ends at the last.
    const int top = index.row() == 0 ? y : rect.top();
    const int bottom = index.row() + 1 == index.model()->rowCount() ? y : rect.bottom() + 1;
    painter->drawLine(x, top, x, bottom);
    painter->setPen(QPen(color, 2));
    painter->setBrush(stateOf(index) == MigrationEntry::State::Up ? QBrush(color) : QBrush(Qt::white));
    painter->drawEllipse(QPoint(x, y), DotRadius, DotRadius);
}

// Draws a rounded label ending at `right`; returns its left edge.
int MigrationDelegate::paintChip(QPainter *painter, int right, int centerY, const QString &text, const QColor &color,
                                 const QFont &font) const
{
    const QFontMetrics metrics(font);
    const int width = metrics.horizontalAdvance(text) + 2 * ChipPadding;
    const int height = metrics.height() + 2;
    const QRectF chip(right - width, centerY - height / 2.0, width, height);
    QPainterPath path;
    path.addRoundedRect(chip, height / 2.0, height / 2.0);
    painter->setPen(Qt::NoPen);
    painter->fillPath(path, color);
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(chip, Qt::AlignCenter, text);
    return right - width;
}

} // namespace ectowb::widgets
