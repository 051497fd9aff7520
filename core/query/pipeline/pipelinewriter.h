#pragma once

#include "pipeline.h"

#include "common/result.h"
#include "elixir/ast.h"

namespace ectowb::query {

// The two ways Ecto code writes a query.
enum class QuerySyntax : quint8 {
    Keyword, // from p in Post, where: p.published, select: p.title
    Pipe,    // from(p in Post) |> where([p], p.published) |> select([p], p.title)
};

// Writes a pipeline as Ecto code: builds the quoted form of the query and prints it
// with the reader's printer, so the code is what Elixir would read back as the same
// query. A pipeline with a problem (Pipeline::check) is not written.
class PipelineWriter
{
public:
    static Result<elixir::Ast> toAst(const Pipeline &pipeline, QuerySyntax syntax);
    static Result<QString> write(const Pipeline &pipeline, QuerySyntax syntax);

private:
    static elixir::Ast keywordForm(const Pipeline &pipeline);
    static elixir::Ast pipeForm(const Pipeline &pipeline);
};

} // namespace ectowb::query
