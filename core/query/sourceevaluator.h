#pragma once

#include "evalvalue.h"

#include "common/result.h"
#include "elixir/ast.h"

#include <vector>

namespace ectowb::query {

// One call of the Repo that a source made, recorded in order so each dialect can
// render the statements Ecto would send.
struct RepoCall
{
    QString function;      // all, one, get, get_by, aggregate, exists?, insert, ...
    QueryPtr query;        // for query-based calls
    Term data;             // struct, changeset, entries, keyword options
    Term options;
    QString table;         // insert_all into a table name
};

// Evaluates a query source the way the Ecto conformance oracle did: plain Elixir
// (variables, pipes, literals, sigils, if, fn, Enum.reduce) with `import Ecto.Query`,
// schema aliases by last segment, and Repo/Ecto.Multi calls recorded as RepoCalls.
// Small on purpose: what it cannot evaluate is an error value with its position.
class SourceEvaluator
{
public:
    Result<EvalValue> evaluate(const elixir::Ast &ast);
    Result<EvalValue> eval(const elixir::Ast &ast, Env &env);
    // A queryable (schema alias, table string, {table, Schema}, query) as a query.
    Result<QueryPtr> toQuery(const EvalValue &value, const elixir::Ast &where) const;
    Result<EvalValue> apply(const FunctionValue &fn, const std::vector<EvalValue> &args);

    const std::vector<RepoCall> &repoCalls() const { return m_repoCalls; }

    static Error errorAt(const elixir::Ast &ast, const QString &message);

private:
    Result<EvalValue> evalCall(const elixir::Ast &ast, Env &env);
    Result<EvalValue> evalRemote(const elixir::Ast &ast, Env &env);
    Result<EvalValue> evalOperator(const elixir::Ast &ast, Env &env);
    Result<EvalValue> evalSigil(const elixir::Ast &ast);
    Result<EvalValue> evalRepo(const QString &name, const elixir::Ast &ast, Env &env);
    Result<EvalValue> evalMulti(const QString &name, const elixir::Ast &ast, Env &env);
    Result<EvalValue> evalEnum(const QString &name, const elixir::Ast &ast, Env &env);
    Result<std::vector<EvalValue>> evalArgs(elixir::AstSpan args, Env &env);
    bool match(const elixir::Ast &pattern, const EvalValue &value, Env &env);
    Result<EvalValue> runMulti(const EvalValue &multi);

    std::vector<RepoCall> m_repoCalls;
};

} // namespace ectowb::query
