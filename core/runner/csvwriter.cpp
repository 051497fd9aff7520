#include "csvwriter.h"

#include "valuetext.h"

namespace ectowb::runner {

QString CsvWriter::field(const QString &text, QChar separator)
{
    const bool quote = text.contains(separator) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!quote)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool CsvWriter::begin(const ResultColumns &columns)
{
    QStringList names;
    names.reserve(columns.size());
    for (const ResultColumn &column : columns)
        names << field(column.name);
    buffer() += names.join(QLatin1Char(',')).toUtf8();
    buffer() += "\r\n";
    return flush();
}

bool CsvWriter::write(const ResultRow &row)
{
    QByteArray &out = buffer();
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (i > 0)
            out += ',';
        const QVariant &value = row.at(i);
        if (ValueText::isNull(value))
            continue;
        const QString text = ValueText::text(value);
        out += text.isEmpty() ? QByteArrayLiteral("\"\"") : field(text).toUtf8();
    }
    out += "\r\n";
    countRow();
    return flush();
}

bool CsvWriter::finish()
{
    return flush(true);
}

} // namespace ectowb::runner
