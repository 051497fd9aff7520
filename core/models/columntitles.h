#pragma once

#include <QStringList>
#include <QVariant>

namespace ectowb::models {

// The header of a model whose columns have fixed titles, given in column order:
// a title for the horizontal header's DisplayRole, nothing for anything else.
QVariant columnTitle(const QStringList &titles, int section, Qt::Orientation orientation, int role);

} // namespace ectowb::models
