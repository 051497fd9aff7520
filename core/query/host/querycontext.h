#pragma once

#include "query/query.h"
#include "query/repostatement.h"

#include "common/result.h"
#include "interpreter/value.h"
#include "project/project.h"

#include <QHash>
#include <QString>

#include <functional>
#include <optional>

#include <vector>

namespace ectowb::interpreter {
class Interpreter;
}

namespace ectowb::query {

// A pinned variable the source never binds (`^user_id`): the user supplies its value.
struct OpenParameter
{
    QString name;
    elixir::SourcePos pos;
};

// What the Ecto.Query, Repo and Ecto.Multi host functions share while one source
// is evaluated: the project's schemas, the open parameters met and the statements
// the Repo calls sent. One per composer, reset for every source.
class QueryContext
{
public:
    explicit QueryContext(const project::Project &project);

    void reset();

    const project::Project &project() const { return m_project; }
    // By full module name ("Blog.Post"); nullptr when the module has no schema.
    const schema::Schema *schema(const QString &module) const { return m_schemas.value(module); }

    // Ecto.Queryable.to_query/1: a query value, a schema module atom, a table name,
    // {"table", Schema} or a subquery.
    Result<QueryPtr> toQuery(const interpreter::Value &value) const;
    // The same as a query of one's own to build on: a copy of a query value, a new
    // query for anything else.
    Result<std::shared_ptr<Query>> toNewQuery(const interpreter::Value &value) const;
    // The source a schema module, table or {table, schema} value names.
    Result<Source> sourceOf(const interpreter::Value &value) const;

    void addOpen(const QString &name, elixir::SourcePos pos);
    const std::vector<OpenParameter> &openParameters() const { return m_open; }

    // A query the Repo reads with (operation :all) counts as the next read.
    void record(RepoStatement statement);
    // Reads, the Repo's queries and a migration's raw SELECTs alike, share one count
    // in the order they are made: the n-th read gets the n-th rows read live.
    int takeRead() { return m_readCount++; }
    // Where a Repo runs against live data (a migration being applied): the rows read
    // `read` returned, loaded as Ecto.Repo.Queryable does; nullopt when none are known.
    using RowReader = std::function<std::optional<Result<std::vector<interpreter::Value>>>(
        int read, const RepoStatement &statement, interpreter::Interpreter &interpreter)>;
    void setRowReader(RowReader reader) { m_rowReader = std::move(reader); }
    // The rows of the last recorded statement, when it read and they are known.
    std::optional<Result<std::vector<interpreter::Value>>> lastRows(interpreter::Interpreter &interpreter) const;
    // A Repo call happened, whether or not it sent anything (an invalid changeset sends nothing).
    void noteRepoCall() { m_repoCalled = true; }
    bool repoCalled() const { return m_repoCalled; }
    const std::vector<RepoStatement> &statements() const { return m_statements; }

    // Set when a Repo call raised after its SQL was sent (get! finding no row, a
    // stale insert): evaluation stops there, and that is not an error of the source.
    void raiseAfterSend(const QString &exception) { m_raised = exception; }
    QString raisedAfterSend() const { return m_raised; }

private:
    const project::Project &m_project;
    QHash<QString, const schema::Schema *> m_schemas;
    std::vector<OpenParameter> m_open;
    std::vector<RepoStatement> m_statements;
    QString m_raised;
    bool m_repoCalled = false;
    int m_readCount = 0;
    int m_lastRead = -1; // the read of the last recorded statement, -1 if it wrote
    RowReader m_rowReader;
};

} // namespace ectowb::query
