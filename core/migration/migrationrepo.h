#pragma once

#include "command.h"
#include "result.h"

#include "db/connection.h"
#include "interpreter/hostfunctions.h"
#include "project/project.h"

#include <QStringList>

#include <memory>

namespace ectowb::query {
class QueryCompiler;
class QueryContext;
struct RepoStatement;
} // namespace ectowb::query

namespace ectowb::migration {

// The Repo a migration's code talks to (repo() and the app's Repo module): the
// query core's Repo, Ecto.Query and Ecto.Changeset host functions, plus
// query/query! with raw SQL. Calls are recorded, never run here: take() hands them
// over as DataStatements, written for both databases, in the order they were made.
// A read, raw or through the Repo, returns the rows the migrator read for it live, if
// it gave them: raw ones as %Postgrex.Result{}, Repo ones loaded as Ecto loads them.
class MigrationRepo
{
public:
    // `project` must outlive this object; `repos` are the module names calls arrive under.
    // `reads`: the rows the migration's first reads got from a `dialect` database
    // (see ReaderEnvironment).
    MigrationRepo(const project::Project &project, QStringList repos, QList<db::QueryRows> reads = {},
                  db::Dialect dialect = db::Dialect::Postgres);
    ~MigrationRepo();
    MigrationRepo(const MigrationRepo &) = delete;
    MigrationRepo &operator=(const MigrationRepo &) = delete;

    void registerAll(interpreter::HostFunctions &host);
    // The statements sent since the last take().
    Result<CommandList> take();

private:
    std::optional<Error> drainQueries();
    // Records the statement; what query/query! returns for it.
    interpreter::Value rawQuery(const QString &sql, const std::vector<interpreter::Value> &params);
    // The values of the rows read `read` got, for the Repo query `statement`.
    std::optional<Result<std::vector<interpreter::Value>>> rowsOf(int read, const query::RepoStatement &statement,
                                                                  interpreter::Interpreter &interpreter);

    const project::Project &m_project;
    QStringList m_repos;
    std::shared_ptr<query::QueryContext> m_context;
    std::unique_ptr<query::QueryCompiler> m_renderer; // made on first use
    size_t m_taken = 0;
    QList<db::QueryRows> m_reads;
    db::Dialect m_dialect;
    CommandList m_pending;
    std::optional<Error> m_error;
};

} // namespace ectowb::migration
