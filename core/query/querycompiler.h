#pragma once

#include "query/host/querycontext.h"
#include "query/render/queryrenderer.h"

#include "db/connectionsettings.h"
#include "elixir/ast.h"
#include "project/project.h"

#include <QHash>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace ectowb::interpreter {
class Interpreter;
}

namespace ectowb::query {

class QueryPlanner;
class PostgresQueryRenderer;
class SqliteQueryRenderer;

// The database a statement is written for: the same one the connections speak of.
using Dialect = db::Dialect;

// An error with where it happened in the source (line 0 when unknown).
struct ComposerError
{
    QString message;
    elixir::SourcePos pos;
    QString kind; // the exception module ("Ecto.Query.CompileError"), or empty

    // As Elixir prints the raise (Error::text()).
    QString text() const { return failure().text(); }
    Error failure() const { return Error(message, kind, SourcePosition{QString(), pos.line, pos.column}); }
};

// A pinned variable the source leaves unbound, the type Ecto casts it to, and
// whether a value was supplied for it.
struct OpenParameterInfo
{
    QString name;
    elixir::SourcePos pos;
    QString type; // `:id`, `{:array, :string}`, `:any`
    bool supplied = false;
};

// What a source produced for one dialect: the statements Ecto sends (one for a
// query; what the Repo calls sent otherwise), or the errors that stopped it.
struct ComposeResult
{
    std::vector<Statement> statements;
    std::vector<ComposerError> errors;
    std::vector<OpenParameterInfo> openParameters;
    // An exception a Repo call raises after its SQL was sent against a database
    // without rows (Ecto.NoResultsError of get!, Ecto.StaleEntryError of update):
    // the statements stand, and this is no error of the source.
    QString raisedAfterSend;

    bool isOk() const { return errors.empty(); }
};

// The value of an evaluated source, before any dialect: a query, or the
// statements its Repo calls recorded.
struct Evaluation
{
    QueryPtr query;
    bool repoCalls = false; // the source called the Repo: its statements are what it sent
    std::vector<RepoStatement> repoStatements;
    std::vector<OpenParameter> open;
    std::optional<ComposerError> error;
    QString raisedAfterSend;
};

// One query Ecto runs after the main one to load a preload (`preload: [:comments]`),
// for the parents' keys, which are the open parameter `keys`.
struct PreloadStatement
{
    QString path; // "comments", "author.profile"
    Statement statement;
    QString keys;
};

// The query composer's core (the compiler behind widgets::QueryComposer), for the GUI and the CLI: Elixir source (or its AST)
// in, the SQL and parameters Ecto 3.13 sends out, per dialect. The source runs
// through the project's interpreter with `import Ecto.Query`, the project's schemas
// aliased by their last segment (`Post` is Blog.Post) and `Repo` its Repo, so
// variables, pattern matching, Enum, closures and the project's own functions all
// work; Repo and Ecto.Multi calls are recorded, never executed.
//
//     QueryCompiler composer(project);
//     ComposeResult r = composer.compose(QStringLiteral("from p in Post, where: p.id == ^id"), Dialect::Postgres);
//     // r.openParameters: [{"id", :id}]; r.statements[0].sql: ... WHERE (p0."id" = $1)
//     r = composer.compose(source, Dialect::Postgres, Operation::All, {{QStringLiteral("id"), Term::integer(7)}});
//
// Not thread-safe: use one composer per thread.
class QueryCompiler
{
public:
    explicit QueryCompiler(project::Project project);
    ~QueryCompiler();
    QueryCompiler(const QueryCompiler &) = delete;
    QueryCompiler &operator=(const QueryCompiler &) = delete;

    // Evaluates, then plans and renders for `dialect`. `values` fill open parameters.
    ComposeResult compose(const QString &source, Dialect dialect, Operation operation = Operation::All,
                          const QHash<QString, Term> &values = {});
    ComposeResult compose(const elixir::Ast &source, Dialect dialect, Operation operation = Operation::All,
                          const QHash<QString, Term> &values = {});

    // The two halves, to render one evaluation for several dialects or several sets
    // of open parameter values (re-planning without re-running the source).
    Evaluation evaluate(const QString &source);
    Evaluation evaluate(const elixir::Ast &source);
    ComposeResult render(const Evaluation &evaluation, Dialect dialect, Operation operation = Operation::All,
                         const QHash<QString, Term> &values = {}) const;

    // The queries Ecto runs for the preloads of the evaluated query, nested ones
    // included, each for the open parameter of its parents' keys.
    Result<std::vector<PreloadStatement>> preloads(const Evaluation &evaluation, Dialect dialect) const;

    const project::Project &project() const { return m_project; }


private:
    const QueryPlanner &planner(Dialect dialect) const;
    const QueryRenderer &renderer(Dialect dialect) const;

    project::Project m_project;
    std::shared_ptr<QueryContext> m_context;
    struct Engine;
    std::unique_ptr<Engine> m_engine;
};

} // namespace ectowb::query
