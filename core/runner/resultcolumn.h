#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariantList>

namespace ectowb::runner {

// A column of a result as the driver describes it. `type` is the QVariant type the
// driver gives its values (PostgreSQL numerics come as text, to stay exact, with
// type Double).
struct ResultColumn
{
    QString name;
    QMetaType type;
    bool operator==(const ResultColumn &o) const { return name == o.name && type == o.type; }
};

using ResultColumns = QList<ResultColumn>;
using ResultRow = QVariantList;
using ResultRows = QList<QVariantList>;

} // namespace ectowb::runner

Q_DECLARE_METATYPE(ectowb::runner::ResultColumn)
