#pragma once

#include "query.h"

#include "elixir/ast.h"

#include <QHash>
#include <QString>

#include <memory>

namespace ectowb::query {

class EvalValue;
using Env = QHash<QString, EvalValue>;

// dynamic([p], expr): its bindings and body, with the variables it saw when created,
// so its pins read the values of that moment, as in Elixir.
struct DynamicValue
{
    elixir::Ast bindings;
    elixir::Ast body;
    std::shared_ptr<const Env> env;
};

// fn ... end: its clauses and the variables it closes over.
struct FunctionValue
{
    std::vector<elixir::Ast> clauses; // {:->, _, [[patterns], body]}
    std::shared_ptr<const Env> env;
};

// What the small evaluator of query sources computes: a plain Elixir term, a query,
// a dynamic expression, a function, or an Ecto.Multi (a list of repo operations).
class EvalValue
{
public:
    enum class Kind : quint8 { Term, Query, Dynamic, Function, Multi };

    EvalValue() = default;
    EvalValue(Term term) : m_term(std::move(term)) {}
    static EvalValue ofQuery(QueryPtr query);
    static EvalValue ofDynamic(std::shared_ptr<const DynamicValue> dynamic);
    static EvalValue ofFunction(std::shared_ptr<const FunctionValue> fn);
    static EvalValue ofMulti(std::vector<elixir::Ast> operations, std::shared_ptr<const Env> env);

    Kind kind() const { return m_kind; }
    bool isTerm() const { return m_kind == Kind::Term; }
    const Term &term() const { return m_term; }
    const QueryPtr &query() const { return m_query; }
    const std::shared_ptr<const DynamicValue> &dynamic() const { return m_dynamic; }
    const std::shared_ptr<const FunctionValue> &function() const { return m_function; }
    const std::vector<elixir::Ast> &multiOperations() const { return m_multi; }
    const std::shared_ptr<const Env> &multiEnv() const { return m_multiEnv; }

private:
    Kind m_kind = Kind::Term;
    Term m_term;
    QueryPtr m_query;
    std::shared_ptr<const DynamicValue> m_dynamic;
    std::shared_ptr<const FunctionValue> m_function;
    std::vector<elixir::Ast> m_multi;
    std::shared_ptr<const Env> m_multiEnv;
};

} // namespace ectowb::query
