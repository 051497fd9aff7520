#pragma once

// What the query conformance tests (tst_queryconformance, tst_querygenerated,
// tst_querygolden) share: reading a case line of ../shared/conformance and writing
// parameters in its JSON encoding.
#include "value/termjson.h"
#include "query/querycompiler.h"

#include <QFile>
#include <QList>
#include <QString>

namespace ectowb::query::testing {

inline QString conformanceDir()
{
    return QStringLiteral(ECTOWB_SHARED_DIR "/conformance");
}

inline value::Term field(const value::Term &object, const char *key)
{
    return object.get(QString::fromLatin1(key)).value_or(value::Term::nil());
}

inline QString json(const value::Term &t)
{
    return QString::fromUtf8(value::TermJson::write(t));
}

// Every case line of generated/queries-blog.jsonl and queries-market.jsonl, in order
// (empty when a file cannot be read; the callers count the rows they expect).
inline QList<QByteArray> generatedCaseLines()
{
    QList<QByteArray> lines;
    for (const char *file : {"queries-blog.jsonl", "queries-market.jsonl"}) {
        QFile in(conformanceDir() + QStringLiteral("/generated/") + QLatin1String(file));
        if (!in.open(QIODevice::ReadOnly))
            return {};
        while (!in.atEnd()) {
            const QByteArray line = in.readLine().trimmed();
            if (!line.isEmpty())
                lines.append(line);
        }
    }
    return lines;
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
