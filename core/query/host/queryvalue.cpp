#include "queryvalue.h"

namespace ectowb::query {

QString QueryValue::typeName() const
{
    return m_subquery ? QStringLiteral("Ecto.SubQuery") : QStringLiteral("Ecto.Query");
}

QString QueryValue::inspect() const
{
    const Source &from = m_query->from;
    QString what = from.schema.isEmpty() ? u'"' + from.table + u'"' : from.schema;
    if (from.kind == Source::Kind::Subquery)
        what = QStringLiteral("subquery(...)");
    else if (from.kind == Source::Kind::Fragment)
        what = QStringLiteral("fragment(...)");
    const QString inner = QStringLiteral("#Ecto.Query<from q0 in %1>").arg(what);
    return m_subquery ? QStringLiteral("#Ecto.SubQuery<%1>").arg(inner) : inner;
}

bool QueryValue::equals(const interpreter::HostValue &other) const
{
    const auto *q = dynamic_cast<const QueryValue *>(&other);
    return q && q->m_query == m_query && q->m_subquery == m_subquery;
}

interpreter::Value QueryValue::wrap(QueryPtr query, bool subquery)
{
    return interpreter::Value::host(std::make_shared<QueryValue>(std::move(query), subquery));
}

const QueryValue *QueryValue::unwrap(const interpreter::Value &value)
{
    return value.isHost() ? value.hostAs<QueryValue>() : nullptr;
}

} // namespace ectowb::query
