#include "migrationrepo.h"

#include "changeset/changesethost.h"
#include "db/valueloader.h"
#include "value/termvalue.h"
#include "interpreter/interpreter.h"
#include "query/querycompiler.h"
#include "query/host/querycontext.h"
#include "query/host/queryresultloader.h"
#include "query/host/querymacros.h"
#include "query/host/repohost.h"

namespace ectowb::migration {

using interpreter::Interpreter;
using interpreter::Value;

namespace {

// %Postgrex.Result{} of query/query!: the rows read, or none.
Value postgrexResult(const db::QueryRows *read)
{
    auto key = [](const char *name) { return Value::atom(QString::fromLatin1(name)); };
    std::vector<Value> columns, rows;
    if (read) {
        for (const QString &c : read->columns)
            columns.push_back(Value::string(c));
        for (const QVariantList &row : read->rows) {
            std::vector<Value> cells;
            for (const QVariant &cell : row)
                cells.push_back(value::TermValue::toValue(db::ValueLoader::raw(cell)));
            rows.push_back(Value::list(std::move(cells)));
        }
    }
    const qint64 count = qint64(rows.size());
    return Value::structure(QStringLiteral("Postgrex.Result"), {{key("command"), key("select")},
                                                                {key("columns"), read ? Value::list(std::move(columns)) : Value()},
                                                                {key("rows"), Value::list(std::move(rows))},
                                                                {key("num_rows"), Value::integer(count)}});
}

bool readsRows(const QString &sql)
{
    const QString head = sql.trimmed().section(QLatin1Char(' '), 0, 0).toLower();
    return head == QLatin1String("select") || head == QLatin1String("with") || head == QLatin1String("show");
}

} // namespace

MigrationRepo::MigrationRepo(const project::Project &project, QStringList repos, QList<db::QueryRows> reads, db::Dialect dialect)
    : m_project(project), m_repos(std::move(repos)), m_context(std::make_shared<query::QueryContext>(project)),
      m_reads(std::move(reads)), m_dialect(dialect)
{
    m_context->setRowReader([this](int read, const query::RepoStatement &statement, Interpreter &interpreter) {
        return rowsOf(read, statement, interpreter);
    });
}

std::optional<Result<std::vector<Value>>> MigrationRepo::rowsOf(int read, const query::RepoStatement &statement,
                                                                Interpreter &interpreter)
{
    if (read >= m_reads.size())
        return std::nullopt;
    // The select's shape is the planner's, for the database the rows came from.
    if (!m_renderer)
        m_renderer = std::make_unique<query::QueryCompiler>(m_project);
    query::Evaluation one;
    one.repoCalls = true;
    one.repoStatements = {statement};
    const query::ComposeResult planned = m_renderer->render(one, m_dialect);
    if (!planned.isOk())
        return Result<std::vector<Value>>(planned.errors.front().failure());
    if (planned.statements.empty() || !planned.statements.front().shape)
        return std::nullopt;
    return query::QueryResultLoader::load(*planned.statements.front().shape, m_reads.at(read), m_dialect, interpreter);
}

MigrationRepo::~MigrationRepo() = default;

void MigrationRepo::registerAll(interpreter::HostFunctions &host)
{
    auto changesets = std::make_shared<changeset::ChangesetHost::Context>();
    query::QueryMacros::registerAll(host, m_context);
    query::RepoHost::registerAll(host, m_context, m_repos, changesets);
    changeset::ChangesetHost::registerAll(host, changesets);
    for (const QString &repo : m_repos) {
        for (const bool bang : {false, true}) {
            for (int arity : {1, 2, 3}) {
                host.add(repo, bang ? QStringLiteral("query!") : QStringLiteral("query"), arity,
                         [this, bang](const std::vector<Value> &args, Interpreter &) -> Result<Value> {
                             if (!args[0].isBinary())
                                 return Error{QStringLiteral("query/3 expects SQL as a string, got: %1").arg(args[0].inspect()), QStringLiteral("ArgumentError")};
                             const Value params = args.size() > 1 ? args[1] : Value::list({});
                             if (!params.isList())
                                 return Error{QStringLiteral("query/3 expects a list of parameters"), QStringLiteral("ArgumentError")};
                             const Value result = rawQuery(args[0].text(), params.elements());
                             return bang ? result : Value::tuple({Value::atom(QStringLiteral("ok")), result});
                         });
            }
        }
    }
}

Value MigrationRepo::rawQuery(const QString &sql, const std::vector<Value> &params)
{
    // Queries the query core recorded before this one go first.
    if (auto error = drainQueries()) {
        m_error = error; // reported by the next take()
        return postgrexResult(nullptr);
    }
    DataStatement s;
    s.postgresSql = sql;
    s.sqliteSql = sql;
    for (const Value &p : params) {
        Result<value::Term> term = value::TermValue::fromValue(p);
        s.postgresParams.push_back(term ? *term : value::Term());
    }
    s.sqliteParams = s.postgresParams;
    s.readsRows = readsRows(sql);
    m_pending.push_back(s);
    if (!s.readsRows)
        return postgrexResult(nullptr);
    const int read = m_context->takeRead();
    return postgrexResult(read < m_reads.size() ? &m_reads.at(read) : nullptr);
}

std::optional<Error> MigrationRepo::drainQueries()
{
    const std::vector<query::RepoStatement> &recorded = m_context->statements();
    if (m_taken >= recorded.size())
        return std::nullopt;
    if (!m_renderer)
        m_renderer = std::make_unique<query::QueryCompiler>(m_project);
    for (; m_taken < recorded.size(); ++m_taken) {
        query::Evaluation one;
        one.repoCalls = true;
        one.repoStatements = {recorded[m_taken]};
        const query::ComposeResult postgres = m_renderer->render(one, db::Dialect::Postgres);
        const query::ComposeResult sqlite = m_renderer->render(one, db::Dialect::Sqlite);
        for (const query::ComposeResult *r : {&postgres, &sqlite}) {
            if (!r->isOk())
                return r->errors.front().failure();
        }
        for (size_t i = 0; i < postgres.statements.size() && i < sqlite.statements.size(); ++i) {
            DataStatement s;
            s.postgresSql = postgres.statements[i].sql;
            s.postgresParams = postgres.statements[i].params;
            s.sqliteSql = sqlite.statements[i].sql;
            s.sqliteParams = sqlite.statements[i].params;
            const query::RepoStatement &r = recorded[m_taken];
            s.readsRows = r.kind == query::RepoStatement::Kind::Query && r.operation == query::Operation::All;
            m_pending.push_back(s);
        }
    }
    return std::nullopt;
}

Result<CommandList> MigrationRepo::take()
{
    if (m_error)
        return *std::exchange(m_error, std::nullopt);
    if (auto error = drainQueries())
        return *error;
    CommandList out = std::move(m_pending);
    m_pending.clear();
    return out;
}

} // namespace ectowb::migration
