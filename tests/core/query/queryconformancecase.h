#pragma once

// What the query conformance tests (tst_queryconformance, tst_querygenerated,
// tst_querygolden) share: reading a case line of ../shared/conformance and writing
// parameters in its JSON encoding.
#include "query/querycompiler.h"

#include "conformancecases.h"

#include <QList>
#include <QString>
#include <QTest>

namespace ectowb::query::testing {

using testsupport::conformanceDir;
using testsupport::field;
using testsupport::termJson;

// Every case line of generated/queries-blog.jsonl and queries-market.jsonl, in order
// (empty when a file cannot be read; the callers count the rows they expect).
inline QList<QByteArray> generatedCaseLines()
{
    QList<QByteArray> lines;
    for (const char *file : {"queries-blog.jsonl", "queries-market.jsonl"}) {
        const auto read = testsupport::readJsonLines(conformanceDir() + QStringLiteral("/generated/") + QLatin1String(file));
        if (!read)
            return {};
        lines += *read;
    }
    return lines;
}

// The data rows of case `c` (read from `line`), one a dialect, tagged
// "<id>/<dialect>" as the known-failure lists name them; returns how many.
inline int addDialectRows(const QByteArray &line, const value::Term &c)
{
    int rows = 0;
    for (const char *dialect : {"postgres", "sqlite"}) {
        const QString tag = field(c, "id").text() + u'/' + QLatin1String(dialect);
        QTest::newRow(qPrintable(tag)) << line << QString::fromLatin1(dialect);
        ++rows;
    }
    return rows;
}

// The case's "op": the operation of Ecto.Adapters.SQL.to_sql/3.
inline Operation operationOf(const QString &op)
{
    if (op == u"update_all")
        return Operation::UpdateAll;
    if (op == u"delete_all")
        return Operation::DeleteAll;
    return Operation::All;
}

} // namespace ectowb::query::testing
