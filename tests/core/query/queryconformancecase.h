#pragma once

// What the query conformance tests (tst_queryconformance, tst_querygenerated,
// tst_querygolden) share: reading a case line of ../shared/conformance and writing
// parameters in its JSON encoding.
#include "value/termjson.h"
#include "query/querycompiler.h"

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
