#include "jsonwriter.h"

#include "valuetext.h"

#include <QSet>

namespace ectowb::runner {

QStringList JsonWriter::uniqueKeys(const ResultColumns &columns)
{
    QStringList keys;
    QSet<QString> taken;
    for (const ResultColumn &column : columns)
        taken.insert(column.name);
    QSet<QString> used;
    for (const ResultColumn &column : columns) {
        QString key = column.name;
        // A made-up key must not take the name of another column either.
        for (int n = 2; used.contains(key) || (key != column.name && taken.contains(key)); ++n)
            key = column.name + QLatin1Char('_') + QString::number(n);
        used.insert(key);
        keys << key;
    }
    return keys;
}

bool JsonWriter::begin(const ResultColumns &columns)
{
    m_keys.clear();
    m_types.clear();
    for (const QString &key : uniqueKeys(columns)) {
        QByteArray written;
        ValueText::appendJsonString(written, key);
        written += ':';
        m_keys << written;
    }
    for (const ResultColumn &column : columns)
        m_types << column.type;
    buffer() += '[';
    return flush();
}

bool JsonWriter::write(const ResultRow &row)
{
    QByteArray &out = buffer();
    out += rowsWritten() == 0 ? "\n{" : ",\n{";
    const qsizetype count = qMin(row.size(), m_keys.size());
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0)
            out += ',';
        out += m_keys.at(i);
        ValueText::appendJson(out, row.at(i), m_types.at(i));
    }
    out += '}';
    countRow();
    return flush();
}

bool JsonWriter::finish()
{
    buffer() += rowsWritten() == 0 ? "]\n" : "\n]\n";
    return flush(true);
}

} // namespace ectowb::runner
