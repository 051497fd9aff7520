#pragma once

#include "pipeline.h"

#include "common/result.h"
#include "elixir/ast.h"

#include <QHash>

namespace ectowb::query {

// Reads Ecto code back into composer steps: `from x in S, kw...`, `from(x in S)`, a
// schema or a table piped through where/join/select/... Positional and `...` binding
// lists are resolved, so each step speaks of the variables its From and Joins bound.
// Code that is more than one query expression (variables, Enum.reduce, dynamic) is
// an error: the composer then keeps it as code, which still renders.
class PipelineReader
{
public:
    static Result<Pipeline> read(const QString &source);
    static Result<Pipeline> fromAst(const elixir::Ast &ast);

private:
    static Result<bool> readHead(const elixir::Ast &head, Pipeline &out);
    static Result<bool> readKeywords(const elixir::Ast &keywords, Pipeline &out);
    static Result<bool> readPipeCall(const elixir::Ast &call, Pipeline &out);
    static Result<QHash<QString, QString>> bindingNames(const elixir::Ast &list, const Pipeline &out);
};

} // namespace ectowb::query
