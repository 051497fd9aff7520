#pragma once

#include "rowwriter.h"

#include <QList>

namespace ectowb::runner {

// A JSON array with one object per row, keys the column names in column order (a
// repeated name gets "_2", "_3"... so no key is lost), values typed as ValueText
// writes them. One row per line.
class JsonWriter : public RowWriter
{
public:
    using RowWriter::RowWriter;
    bool begin(const ResultColumns &columns) override;
    bool write(const ResultRow &row) override;
    bool finish() override;

    static QStringList uniqueKeys(const ResultColumns &columns);

private:
    QList<QByteArray> m_keys; // each already written as a JSON string and a colon
    QList<QMetaType> m_types;
};

} // namespace ectowb::runner
