#pragma once

#include "evalvalue.h"

#include "common/result.h"
#include "elixir/ast.h"

namespace ectowb::query {

class SourceEvaluator;

// Binding variables of a clause: `[p, c]`, `[..., u]`, `[post: p]`, mapped to positions.
using BindingMap = QHash<QString, int>;

// Builds a query expression (Ecto's escaped form) from AST: resolves bindings,
// evaluates pins into parameters of the clause, inlines dynamics and builds subqueries.
class ExprBuilder
{
public:
    ExprBuilder(SourceEvaluator &evaluator, Env &env, const Query &query, BindingMap bindings,
                std::vector<Param> &params);

    static Result<BindingMap> bindingsOf(const Query &query, const elixir::Ast &list);

    Result<ExprPtr> build(const elixir::Ast &ast);
    // order_by / distinct / partition lists: a List of direction Ops.
    Result<ExprPtr> buildOrderList(const elixir::Ast &ast, bool directions = true);
    // group_by lists and field lists given as atoms of the first binding.
    Result<ExprPtr> buildExprList(const elixir::Ast &ast);
    // A keyword list of field: value comparisons joined with `and` (where: [a: 1]).
    Result<ExprPtr> buildKeywordFilter(const elixir::Ast &ast, int binding);
    int addParam(const Term &value);

private:
    Result<ExprPtr> buildCall(const elixir::Ast &ast);
    Result<ExprPtr> buildPin(const elixir::Ast &ast);
    Result<ExprPtr> buildField(const elixir::Ast &ast);
    Result<ExprPtr> buildBinaryOp(const QString &name, const elixir::Ast &ast);
    Result<ExprPtr> buildFragment(const elixir::Ast &ast);
    Result<ExprPtr> buildOver(const elixir::Ast &ast);
    Result<ExprPtr> buildSubquery(const elixir::Ast &ast);
    Result<std::vector<ExprPtr>> buildArgs(elixir::AstSpan args);
    Result<int> bindingOf(const elixir::Ast &ast);
    void typeParam(const ExprPtr &param, const ExprPtr &field, bool inList = false);

    SourceEvaluator &m_evaluator;
    Env &m_env;
    const Query &m_query;
    BindingMap m_bindings;
    std::vector<Param> &m_params;
};

} // namespace ectowb::query
