#pragma once

#include <QStyledItemDelegate>

namespace ectowb::widgets {

// Paints a migration as a stop on a timeline: a rail with a dot coloured by its
// state, the version and name, a state chip and badges (the review's worst finding,
// irreversible, no transaction, opaque steps).
class MigrationDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QStringList badges(const QModelIndex &index);
    // The reviewer's worst finding and how many there are: "error (3)"; empty when none.
    static QString findingBadge(const QModelIndex &index);

    // Where each part of a row goes. Badges never cover the version: those that do
    // not fit beside it are counted in a "+N" chip, and the tooltip lists them all.
    struct Layout
    {
        QRect version;
        QList<QRect> badges;   // the badges shown, right to left
        int hiddenBadges = 0;
        QRect name;
        bool nameElided = false;
    };
    static Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index);
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

private:
    static int chipWidth(const QFont &font, const QString &text);
    void paintRail(QPainter *painter, const QRect &rect, const QModelIndex &index) const;
    int paintChip(QPainter *painter, int right, int centerY, const QString &text, const QColor &color,
                  const QFont &font) const;
};

} // namespace ectowb::widgets
