#pragma once

#include "value/term.h"
#include "common/result.h"
#include "project/project.h"
#include "query/querycompiler.h"

#include <memory>
#include <vector>

class QIODevice;

namespace ectowb::cli {

// `ectowb query --batch`: JSON lines {"id", "query", "op", "params"} in, one line
// {"id", "<dialect>": {...}} out per input, in input order. Lines are answered in
// chunks by one worker per core, each with its own QueryCompiler (the compilers share
// nothing mutable), because a batch is what scripts and CI time: the whole process.
// The JSON shape of one result, that of the conformance files: {"statements": [{"sql",
// "params"}]} (and "open" when the source leaves pins unbound), or {"error": "..."}.
value::Term composeResultTerm(const query::ComposeResult &result);
// The error as the CLI prints it: "line:column: message" when it has a position.
QString locatedMessage(const query::ComposerError &error);
// all (or empty), update_all, delete_all.
std::optional<query::Operation> operationNamed(const QString &op);

class QueryBatch
{
public:
    QueryBatch(project::Project project, std::vector<query::Dialect> dialects, int threads = 0);
    ~QueryBatch();
    QueryBatch(const QueryBatch &) = delete;
    QueryBatch &operator=(const QueryBatch &) = delete;

    // Answers every line of `in` on `out`. A line that is not a JSON object with
    // "query" stops the batch; the error names `name` and the line's number.
    Result<void> run(QIODevice &in, QIODevice &out, const QString &name);

    // The answer to one input line, or nothing when the line is not a query object.
    std::optional<QByteArray> answer(query::QueryCompiler &compiler, const QByteArray &line) const;

private:
    query::QueryCompiler &compiler(size_t worker);

    project::Project m_project;
    std::vector<query::Dialect> m_dialects;
    std::vector<std::unique_ptr<query::QueryCompiler>> m_compilers;
};

} // namespace ectowb::cli
