#pragma once

#include "evalvalue.h"

#include "common/result.h"
#include "elixir/ast.h"

namespace ectowb::query {

class SourceEvaluator;

// The Ecto.Query API (`import Ecto.Query`): from/2 in keyword syntax and the
// pipe-syntax macros, each returning a new query value, plus dynamic/2.
class QueryMacros
{
public:
    static bool handles(const QString &name);
    // `name` overrides the call's own name (Ecto.Query.where(...)).
    static Result<EvalValue> call(SourceEvaluator &evaluator, const elixir::Ast &ast, Env &env,
                                  const QString &name = {});
};

} // namespace ectowb::query
