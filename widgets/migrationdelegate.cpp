#include "migrationdelegate.h"

#include "migrationreviewpane.h"
#include "models/migrationlistmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

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
    // The reviewer's worst finding first (paint() colours it by severity).
    if (const QString finding = findingBadge(index); !finding.isEmpty())
        out.append(finding);
    if (!index.data(MigrationListModel::ReadErrorRole).toString().isEmpty())
        out.append(tr("unreadable"));
    if (index.data(MigrationListModel::IrreversibleRole).toBool())
        out.append(tr("irreversible"));
    if (index.data(MigrationListModel::NoTransactionRole).toBool())
        out.append(tr("no transaction"));
    if (index.data(MigrationListModel::OpaqueRole).toBool())
        out.append(tr("opaque steps"));
    if (index.data(MigrationListModel::ReadsDataRole).toBool())
        out.append(tr("reads data"));
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

int MigrationDelegate::chipWidth(const QFont &font, const QString &text)
{
    return QFontMetrics(font).horizontalAdvance(text) + 2 * ChipPadding;
}

MigrationDelegate::Layout MigrationDelegate::layout(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    Layout out;
    const QFont small = smallFont(option.font);
    const QFontMetrics smallMetrics(small);
    const QRect rect = option.rect;
    const int stateLeft = rect.right() - Padding
        - chipWidth(small, MigrationListModel::stateText(stateOf(index)));
    QFont mono = small;
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    const QString version = index.data(MigrationListModel::VersionRole).toString();
    out.version = QRect(rect.left() + TextLeft, rect.top() + Padding, QFontMetrics(mono).horizontalAdvance(version),
                        smallMetrics.height());
    // Right to left from the state chip, while a badge (and room for "+N") clears the version.
    const QStringList all = badges(index);
    int right = stateLeft - ChipSpacing;
    const int limit = out.version.right() + 2 * ChipSpacing;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const int width = chipWidth(small, all.at(i));
        const int reserve = i + 1 < all.size() ? chipWidth(small, QStringLiteral("+%1").arg(all.size() - i - 1)) + ChipSpacing : 0;
        if (right - width - reserve < limit) {
            out.hiddenBadges = int(all.size() - i);
            break;
        }
        out.badges.append(QRect(right - width, out.version.top(), width, smallMetrics.height() + 2));
        right -= width + ChipSpacing;
    }
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const int nameTop = out.version.bottom() + Padding;
    out.name = QRect(rect.left() + TextLeft, nameTop, std::max(0, stateLeft - rect.left() - TextLeft - Padding), boldMetrics.height());
    out.nameElided = boldMetrics.horizontalAdvance(index.data(MigrationListModel::NameRole).toString()) > out.name.width();
    return out;
}

// The whole name and every badge, for a row too narrow to show them.
bool MigrationDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                  const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const Layout parts = layout(option, index);
    QStringList lines{index.data(MigrationListModel::VersionRole).toString() + u' '
                      + index.data(MigrationListModel::NameRole).toString()};
    if (!badges(index).isEmpty())
        lines << badges(index).join(QStringLiteral(", "));
    const QString own = index.data(Qt::ToolTipRole).toString();
    if (!own.isEmpty())
        lines << own;
    if (parts.nameElided || parts.hiddenBadges > 0 || !own.isEmpty()) {
        QToolTip::showText(event->globalPos(), lines.join(u'\n'), view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
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
    const Layout parts = layout(option, index);
    const QStringList all = badges(index);
    int badgeRight = right - ChipSpacing;
    const bool finding = index.data(MigrationListModel::WorstFindingRole).toInt() >= 0;
    for (qsizetype i = 0; i < parts.badges.size(); ++i) {
        // The reviewer's worst finding leads, in its severity's colour.
        const QColor color = i == 0 && finding
            ? MigrationReviewPane::severityColor(migration::LintSeverity(index.data(MigrationListModel::WorstFindingRole).toInt()))
            : QColor(0xe6, 0x51, 0x00);
        badgeRight = paintChip(painter, badgeRight, parts.version.center().y(), all.at(i), color, small) - ChipSpacing;
    }
    if (parts.hiddenBadges > 0)
        paintChip(painter, badgeRight, parts.version.center().y(), QStringLiteral("+%1").arg(parts.hiddenBadges),
                  QColor(0xe6, 0x51, 0x00), small);

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
