#pragma once

#include "exprbuilder.h"

namespace ectowb::query {

// Ecto's clause builders (Ecto.Query.Builder.Filter, Select, Join, OrderBy, ...):
// each adds one clause, escaped against its binding variables, to the query being
// built. Keyword and pipe syntax both end up here.
class ClauseBuilder
{
public:
    ClauseBuilder(interpreter::Interpreter &interpreter, interpreter::Bindings &env, QueryContext &context, Query &query);

    // The positions a binding list (`[p, c]`, `[..., u]`, `[post: p]`) names in this query.
    Result<BindingMap> bindings(const elixir::Ast &list);

    // where or_where having or_having select select_merge order_by group_by
    // distinct limit offset lock update preload windows
    Result<bool> apply(const QString &kind, const BindingMap &vars, const elixir::Ast &expr, elixir::SourcePos pos);
    // join(query, qual, bindings, expr, opts): `expr` is `c in source` or a source.
    // The new binding's variable (when there is one) is added to `vars`.
    Result<bool> join(const QString &qual, BindingMap &vars, const elixir::Ast &expr, const elixir::Ast &opts,
                      elixir::SourcePos pos);
    Result<bool> joinOn(const BindingMap &vars, const elixir::Ast &on);
    Result<bool> setAlias(int binding, const elixir::Ast &name, elixir::SourcePos pos);
    Result<bool> setHints(Source &source, const elixir::Ast &value, elixir::SourcePos pos);

private:
    BuildScope scope();
    Result<bool> filter(const QString &kind, const BindingMap &vars, const elixir::Ast &expr, elixir::SourcePos pos);
    Result<bool> select(bool merge, const BindingMap &vars, const elixir::Ast &expr, elixir::SourcePos pos);
    Result<bool> update(const BindingMap &vars, const elixir::Ast &expr, elixir::SourcePos pos);
    Result<bool> preload(const BindingMap &vars, const elixir::Ast &expr, elixir::SourcePos pos);
    Result<bool> preloadInto(std::vector<Preload> &out, const BindingMap &vars, const elixir::Ast &expr);
    Result<bool> windows(const BindingMap &vars, const elixir::Ast &expr);
    Result<Source> valuesSource(const BindingMap &vars, const elixir::Ast &expr, Clause &cells);
    Result<Source> joinSource(const BindingMap &vars, const elixir::Ast &expr, Clause &fragment);

    interpreter::Interpreter &m_interpreter;
    interpreter::Bindings &m_env;
    QueryContext &m_context;
    Query &m_query;
};

} // namespace ectowb::query
