#pragma once

#include "query/query.h"

#include "interpreter/value.h"

namespace ectowb::query {

// An %Ecto.Query{} (or, from subquery/1, an %Ecto.SubQuery{}) inside interpreter
// terms, so a query can be bound to a variable, passed to project functions,
// reduced over and piped on.
class QueryValue : public interpreter::HostValue
{
public:
    explicit QueryValue(QueryPtr query, bool subquery = false) : m_query(std::move(query)), m_subquery(subquery) {}
    QString typeName() const override;
    QString inspect() const override;
    bool equals(const interpreter::HostValue &other) const override;

    const QueryPtr &query() const { return m_query; }
    bool isSubquery() const { return m_subquery; }

    static interpreter::Value wrap(QueryPtr query, bool subquery = false);
    static const QueryValue *unwrap(const interpreter::Value &value);

private:
    QueryPtr m_query;
    bool m_subquery;
};

} // namespace ectowb::query
