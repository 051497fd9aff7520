#pragma once

#include "query/query.h"

#include "interpreter/value.h"

#include <vector>

namespace ectowb::query {

// A binding a dynamic/2 expression refers to, resolved against the query it is
// inlined into: a position (`[p, c]`), a position counted from the end (`[..., c]`)
// or a named binding (`[author: a]`).
struct DynamicBinding
{
    enum class Kind : quint8 { Position, FromEnd, Named };
    Kind kind = Kind::Position;
    int index = 0;
    QString name;
};

// The value of dynamic/2: an escaped expression whose bindings are not resolved
// yet, with the parameters its pins had when it was built (as in Ecto, a pin is
// read when the dynamic is made, not when it is used).
class DynamicValue : public interpreter::HostValue
{
public:
    DynamicValue(std::vector<DynamicBinding> bindings, ExprPtr expr, std::vector<Param> params)
        : m_bindings(std::move(bindings)), m_expr(std::move(expr)), m_params(std::move(params))
    {
    }
    QString typeName() const override { return QStringLiteral("Ecto.Query.DynamicExpr"); }
    QString inspect() const override { return QStringLiteral("dynamic(...)"); }

    const std::vector<DynamicBinding> &bindings() const { return m_bindings; }
    const ExprPtr &expr() const { return m_expr; }
    const std::vector<Param> &params() const { return m_params; }

    static interpreter::Value wrap(std::vector<DynamicBinding> bindings, ExprPtr expr, std::vector<Param> params);
    static const DynamicValue *unwrap(const interpreter::Value &value);

private:
    std::vector<DynamicBinding> m_bindings;
    ExprPtr m_expr;
    std::vector<Param> m_params;
};

} // namespace ectowb::query
