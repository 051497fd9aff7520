#include "evalvalue.h"

namespace ectowb::query {

EvalValue EvalValue::ofQuery(QueryPtr query)
{
    EvalValue v;
    v.m_kind = Kind::Query;
    v.m_query = std::move(query);
    return v;
}

EvalValue EvalValue::ofDynamic(std::shared_ptr<const DynamicValue> dynamic)
{
    EvalValue v;
    v.m_kind = Kind::Dynamic;
    v.m_dynamic = std::move(dynamic);
    return v;
}

EvalValue EvalValue::ofFunction(std::shared_ptr<const FunctionValue> fn)
{
    EvalValue v;
    v.m_kind = Kind::Function;
    v.m_function = std::move(fn);
    return v;
}

EvalValue EvalValue::ofMulti(std::vector<elixir::Ast> operations, std::shared_ptr<const Env> env)
{
    EvalValue v;
    v.m_kind = Kind::Multi;
    v.m_multi = std::move(operations);
    v.m_multiEnv = std::move(env);
    return v;
}

} // namespace ectowb::query
