#pragma once

#include "rowwriter.h"

namespace ectowb::runner {

// RFC 4180: a header line of the column names, CRLF after every record, a field in
// double quotes when it holds a comma, a quote, CR or LF (quotes doubled inside).
// NULL is an empty field and the empty string "", so the two stay apart. UTF-8.
class CsvWriter : public RowWriter
{
public:
    using RowWriter::RowWriter;
    bool begin(const ResultColumns &columns) override;
    bool write(const ResultRow &row) override;
    bool finish() override;

    // One field as RFC 4180 writes it; with a tab as separator, a TSV cell as
    // spreadsheets read it.
    static QString field(const QString &text, QChar separator = QLatin1Char(','));
};

} // namespace ectowb::runner
