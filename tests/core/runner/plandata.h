#pragma once

// The plans saved from real databases in tests/data/runner, for the plan parser,
// model and view tests.

#include "runner/queryplan.h"

#include <QFile>
#include <QVariantList>

namespace plandata {

inline QByteArray read(const QString &name)
{
    QFile file(QStringLiteral(ECTOWB_TEST_DATA "/runner/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The rows sqlite3 3.40 gave for EXPLAIN QUERY PLAN of a join with a subquery.
inline QList<QVariantList> sqliteRows()
{
    QList<QVariantList> rows;
    for (const QByteArray &line : read(QStringLiteral("sqlite_plan.tsv")).split('\n')) {
        const QList<QByteArray> cells = line.split('\t');
        if (cells.size() == 4)
            rows.append({cells.at(0).toLongLong(), cells.at(1).toLongLong(), cells.at(2).toLongLong(),
                         QString::fromUtf8(cells.at(3))});
    }
    return rows;
}

} // namespace plandata
