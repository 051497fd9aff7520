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

private:
    void paintRail(QPainter *painter, const QRect &rect, const QModelIndex &index) const;
    int paintChip(QPainter *painter, int right, int centerY, const QString &text, const QColor &color,
                  const QFont &font) const;
};

} // namespace ectowb::widgets
