#pragma once

#include "dynamicvalue.h"
#include "query/query.h"

#include "common/result.h"
#include "elixir/ast.h"
#include "interpreter/bindings.h"

#include <QHash>

namespace ectowb::interpreter {
class Interpreter;
}

namespace ectowb::query {

class QueryContext;

// Binding variables of a clause (`[p, c]`, `[..., u]`, `[post: p]`) -> positions
// in the query, or, inside dynamic/2, positions in its table of DynamicBindings.
using BindingMap = QHash<QString, int>;

// What an expression is escaped against: the interpreter that evaluates pins with
// the caller's variables, the query being extended (it resolves inlined dynamics),
// or, while dynamic/2 builds, the dynamic's own binding table.
struct BuildScope
{
    interpreter::Interpreter &interpreter;
    interpreter::Bindings &env;
    QueryContext &context;
    const Query *query = nullptr;
    std::vector<DynamicBinding> *dynamic = nullptr;
};

// Ecto.Query.Builder.escape/5 and the escapers of the clause builders: turns the
// AST of a query expression into an Expr, evaluating pins into parameters of the
// clause (typed as Ecto types them: by the field compared with, `type/2`, an
// operator's argument type), inlining dynamics and evaluating subqueries.
// An unbound pinned variable becomes an open parameter.
class ExprBuilder
{
public:
    ExprBuilder(BuildScope scope, BindingMap vars, std::vector<Param> &params);

    // The positions a binding list names (Ecto.Query.Builder.escape_binding/3).
    static Result<BindingMap> bindings(const elixir::Ast &list, BuildScope &scope);

    Result<ExprPtr> escape(const elixir::Ast &ast, const QueryType &type = QueryType::any());
    // select/select_merge: maps, structs, tuples, struct/2, map/2, selected_as/2.
    Result<ExprPtr> escapeSelect(const elixir::Ast &ast);
    // order_by and distinct: a List of Order.
    Result<ExprPtr> escapeOrderList(const elixir::Ast &ast);
    // The same from a runtime value: atoms, {direction, atom} and dynamics.
    Result<ExprPtr> orderValue(const interpreter::Value &value, elixir::SourcePos pos);
    // group_by and partition_by: a List; atoms are fields of the first binding.
    Result<ExprPtr> escapeByList(const elixir::Ast &ast);
    // where: [field: value] (or on: [...]) at `binding`, joined with `and`.
    Result<ExprPtr> escapeKeywordFilter(const elixir::Ast &ast, int binding);
    // A runtime keyword list (`where(^kw)`, Repo.get_by): field == ^value.
    Result<ExprPtr> keywordFilter(const interpreter::Value &keyword, int binding, elixir::SourcePos pos);
    // windows: [w: [partition_by: ..., order_by: ..., frame: ...]]
    Result<ExprPtr> escapeWindow(const elixir::Ast &keyword);
    // A dynamic value at the root of a clause or inside an expression.
    Result<ExprPtr> inlineDynamic(const DynamicValue &dynamic, elixir::SourcePos pos);

    // Evaluates what `^` pins, in the caller's environment.
    Result<interpreter::Value> evaluate(const elixir::Ast &ast);
    QueryType quotedType(const elixir::Ast &ast);
    int addParam(Param param);
    std::vector<Param> &params() { return m_params; }

    static Error errorAt(const elixir::Ast &ast, const QString &message);
    static Error errorAt(const elixir::Ast &ast, Error error);
    // `var.field`, `as(:a).field`: a call of `.` with an atom and no arguments.
    static bool isFieldAccess(const elixir::Ast &ast);

private:
    Result<ExprPtr> escapeCall(const elixir::Ast &ast, const QueryType &type);
    Result<ExprPtr> escapeField(const elixir::Ast &callee, const elixir::Ast &field, const elixir::Ast &at);
    Result<ExprPtr> escapePin(const elixir::Ast &ast, const QueryType &type);
    Result<ExprPtr> escapeTypeCall(const elixir::Ast &ast);
    Result<ExprPtr> escapeFragment(const elixir::Ast &ast);
    Result<ExprPtr> escapeFragmentArg(const elixir::Ast &ast);
    Result<ExprPtr> escapeSubquery(const elixir::Ast &queryAst, elixir::SourcePos pos);
    Result<ExprPtr> escapeInterval(const QString &name, const elixir::Ast &ast, const QueryType &type);
    Result<ExprPtr> escapeOver(const elixir::Ast &ast);
    Result<ExprPtr> escapeComparison(const QString &op, const elixir::Ast &ast);
    Result<ExprPtr> escapeOperands(const QString &op, const elixir::Ast &left, const QueryType &ltype,
                                   const elixir::Ast &right, const QueryType &rtype);
    Result<ExprPtr> escapeIn(const elixir::Ast &ast);
    Result<ExprPtr> escapeList(const elixir::Ast &ast, const QueryType &type);
    Result<ExprPtr> escapeTuple(elixir::AstSpan elements);
    Result<ExprPtr> escapeArgs(const QString &name, const std::vector<elixir::Ast> &args, const QueryType &type);
    Result<ExprPtr> escapeSelectMap(const elixir::Ast &ast);
    Result<ExprPtr> escapeTake(const elixir::Ast &ast);
    Result<ExprPtr> escapeOrderItem(const QString &direction, const elixir::Ast &item);
    Result<ExprPtr> literal(const elixir::Ast &ast, const Term &value, const QueryType &expected);
    Result<QueryType> validateType(const elixir::Ast &ast);
    // x.map["key"][0] (Access.get) and json_extract_path(x.map, path)
    static bool isAccessGet(const elixir::Ast &ast);
    Result<ExprPtr> escapeJsonPath(const elixir::Ast &ast);
    Result<Term> jsonPathKey(const elixir::Ast &key);
    Result<QString> atomArg(const elixir::Ast &ast, const char *what);
    Result<int> bindingOf(const elixir::Ast &var);
    Result<ExprPtr> valueToExpr(const interpreter::Value &value, const QueryType &type, const elixir::Ast &at);

    BuildScope m_scope;
    BindingMap m_vars;
    std::vector<Param> &m_params;
};

} // namespace ectowb::query
