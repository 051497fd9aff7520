#include "querycompiler.h"

#include "query/render/postgresqueryrenderer.h"
#include "query/builder/preloadbuilder.h"
#include "query/host/querymacros.h"
#include "query/planner/queryplanner.h"
#include "query/host/queryvalue.h"
#include "query/host/repohost.h"
#include "query/render/sqlitequeryrenderer.h"

#include "changeset/casting.h"
#include "changeset/changesethost.h"
#include "changeset/changesetrunner.h"
#include "value/termvalue.h"
#include "elixir/reader.h"
#include "interpreter/interpreter.h"


namespace ectowb::query {

using interpreter::Value;

namespace {

ComposerError errorOf(const Error &error)
{
    return ComposerError{error.message, elixir::SourcePos{error.position.line, error.position.column}, error.kind};
}

QString lastSegment(const QString &module)
{
    return module.section(u'.', -1);
}

} // namespace

struct QueryCompiler::Engine
{
    PostgresQueryRenderer postgres;
    SqliteQueryRenderer sqlite;
    std::unique_ptr<QueryPlanner> postgresPlanner;
    std::unique_ptr<QueryPlanner> sqlitePlanner;
    std::unique_ptr<changeset::ChangesetRunner> changesets;
    std::shared_ptr<changeset::ChangesetHost::Context> changesetContext;
    std::unique_ptr<interpreter::Interpreter> interpreter;
    interpreter::Bindings top;
};

QueryCompiler::QueryCompiler(project::Project project)
    : m_project(std::move(project)), m_context(std::make_shared<QueryContext>(m_project)),
      m_engine(std::make_unique<Engine>())
{
    Engine &e = *m_engine;
    e.postgresPlanner = std::make_unique<QueryPlanner>(m_project, e.postgres);
    e.sqlitePlanner = std::make_unique<QueryPlanner>(m_project, e.sqlite);
    e.changesets = std::make_unique<changeset::ChangesetRunner>(m_project);
    e.changesetContext = std::make_shared<changeset::ChangesetHost::Context>();
    changeset::ChangesetRunner *runner = e.changesets.get();
    e.changesetContext->fromStruct = [runner](const Value &v) -> Result<changeset::Changeset> {
        std::shared_ptr<const changeset::ChangesetSchema> s = runner->schema(v.structName());
        if (!s)
            return Error{QStringLiteral("%1 is not an Ecto schema").arg(v.structName())};
        std::vector<std::pair<QString, Term>> data;
        for (const auto &[k, val] : v.pairs()) {
            Result<Term> t = value::TermValue::fromValue(val);
            data.emplace_back(k.atomName(), t ? *t : Term::nil());
        }
        return changeset::Casting::fromData(s, std::move(data));
    };

    QStringList repos{QStringLiteral("Repo")};
    if (!m_project.repo.repo.isEmpty())
        repos << m_project.repo.repo;
    interpreter::HostFunctions host;
    QueryMacros::registerAll(host, m_context);
    RepoHost::registerAll(host, m_context, repos, e.changesetContext);
    changeset::ChangesetHost::registerAll(host, e.changesetContext);
    e.interpreter = std::make_unique<interpreter::Interpreter>(m_project.modules, std::move(host));
    // %Schema{} for schemas whose fields come from `use` wrappers and macros
    for (const schema::Schema &s : m_project.schemas) {
        std::vector<std::pair<QString, elixir::Ast>> fields;
        for (const QList<schema::Field> *list : {&s.fields, &s.virtualFields}) {
            for (const schema::Field &f : *list)
                fields.emplace_back(f.name, f.defaultValue.isValid() ? f.defaultValue : elixir::Ast::nil());
        }
        for (const schema::Association &a : s.associations)
            fields.emplace_back(a.name, elixir::Ast::nil());
        for (const schema::Embed &em : s.embeds)
            fields.emplace_back(em.name, elixir::Ast::nil());
        e.interpreter->defineStruct(s.module, fields);
    }

    // The oracle's environment: `import Ecto.Query`, each schema aliased by its last
    // segment, `Repo` the project's Repo.
    e.top.addImport(QStringLiteral("Ecto.Query"));
    QHash<QString, int> segments;
    for (const schema::Schema &s : m_project.schemas)
        segments[lastSegment(s.module)] += 1;
    for (const schema::Schema &s : m_project.schemas) {
        if (segments.value(lastSegment(s.module)) == 1)
            e.top.aliases().addAlias(lastSegment(s.module), s.module);
    }
    if (!m_project.repo.repo.isEmpty())
        e.top.aliases().addAlias(QStringLiteral("Repo"), m_project.repo.repo);
}

QueryCompiler::~QueryCompiler() = default;

const QueryPlanner &QueryCompiler::planner(Dialect dialect) const
{
    return dialect == Dialect::Postgres ? *m_engine->postgresPlanner : *m_engine->sqlitePlanner;
}

const QueryRenderer &QueryCompiler::renderer(Dialect dialect) const
{
    return dialect == Dialect::Postgres ? static_cast<const QueryRenderer &>(m_engine->postgres)
                                        : static_cast<const QueryRenderer &>(m_engine->sqlite);
}

Evaluation QueryCompiler::evaluate(const QString &source)
{
    const elixir::ParseResult parsed = elixir::Reader::parse(source.toUtf8());
    if (!parsed.isValid()) {
        Evaluation e;
        e.error = ComposerError{parsed.error->message, {parsed.error->line, parsed.error->column}, QStringLiteral("SyntaxError")};
        return e;
    }
    return evaluate(parsed.ast);
}

Evaluation QueryCompiler::evaluate(const elixir::Ast &source)
{
    Evaluation out;
    m_context->reset();
    interpreter::Bindings env = m_engine->top;
    Result<Value> value = m_engine->interpreter->eval(source, env);
    out.open = m_context->openParameters();
    out.repoStatements = m_context->statements();
    out.raisedAfterSend = m_context->raisedAfterSend();
    out.repoCalls = m_context->repoCalled();
    if (!value) {
        if (out.raisedAfterSend.isEmpty())
            out.error = errorOf(value.failure());
        return out;
    }
    if (out.repoCalls)
        return out;
    Result<QueryPtr> q = m_context->toQuery(*value);
    if (!q) {
        out.error = ComposerError{QStringLiteral("the source's value is not a query (%1): %2")
                                      .arg(value->inspect(), q.error()),
                                  {},
                                  QString()};
        return out;
    }
    out.query = *q;
    return out;
}

ComposeResult QueryCompiler::render(const Evaluation &evaluation, Dialect dialect, Operation operation,
                                    const QHash<QString, Term> &values) const
{
    ComposeResult out;
    out.raisedAfterSend = evaluation.raisedAfterSend;
    if (evaluation.error) {
        out.errors.push_back(*evaluation.error);
        return out;
    }
    QHash<QString, OpenParameterType> types;
    auto planned = [&](const Query &query, Operation op) -> bool {
        Result<Plan> plan = planner(dialect).plan(query, op, values);
        if (!plan) {
            out.errors.push_back(errorOf(plan.failure()));
            return false;
        }
        for (const OpenParameterType &t : plan->open)
            types.insert(t.name, t);
        Result<QString> sql = renderer(dialect).render(*plan->query, op);
        if (!sql) {
            out.errors.push_back(errorOf(sql.failure()));
            return false;
        }
        out.statements.push_back(Statement{*sql, std::move(plan->params), op != Operation::All, plan->query->shape});
        return true;
    };
    if (evaluation.query) {
        planned(*evaluation.query, operation);
    } else {
        for (const RepoStatement &s : evaluation.repoStatements) {
            if (s.kind == RepoStatement::Kind::Query) {
                if (!planned(*s.query, s.operation))
                    break;
                continue;
            }
            // an upsert's on_conflict query: planned as update_all, its placeholders
            // numbered after the row values (Ecto.Repo.Schema on_conflict_query/6)
            std::optional<Plan> conflict;
            if (s.conflictQuery) {
                Result<Plan> plan = planner(dialect).plan(*s.conflictQuery, Operation::UpdateAll, values,
                                                          QueryRenderer::conflictPlaceholder(s));
                if (!plan) {
                    out.errors.push_back(errorOf(plan.failure()));
                    break;
                }
                conflict = std::move(*plan);
            }
            Result<Statement> st = renderer(dialect).statement(s, conflict ? &*conflict : nullptr);
            if (!st) {
                out.errors.push_back(errorOf(st.failure()));
                break;
            }
            out.statements.push_back(*st);
        }
    }
    for (const OpenParameter &p : evaluation.open) {
        const OpenParameterType t = types.value(p.name, OpenParameterType{p.name, QStringLiteral(":any"), values.contains(p.name)});
        out.openParameters.push_back({p.name, p.pos, t.type, values.contains(p.name)});
    }
    if (!out.errors.empty())
        out.statements.clear();
    return out;
}

ComposeResult QueryCompiler::compose(const QString &source, Dialect dialect, Operation operation,
                                     const QHash<QString, Term> &values)
{
    return render(evaluate(source), dialect, operation, values);
}

ComposeResult QueryCompiler::compose(const elixir::Ast &source, Dialect dialect, Operation operation,
                                     const QHash<QString, Term> &values)
{
    return render(evaluate(source), dialect, operation, values);
}

Result<std::vector<PreloadStatement>> QueryCompiler::preloads(const Evaluation &evaluation, Dialect dialect) const
{
    if (evaluation.error)
        return evaluation.error->failure();
    if (!evaluation.query)
        return std::vector<PreloadStatement>{};
    PreloadBuilder builder(*m_context);
    Result<std::vector<PreloadQuery>> queries = builder.queriesFor(*evaluation.query);
    if (!queries)
        return queries.failure();
    std::vector<PreloadStatement> out;
    for (const PreloadQuery &pq : *queries) {
        Result<Plan> plan = planner(dialect).plan(*pq.query, Operation::All);
        if (!plan)
            return plan.failure();
        Result<QString> sql = renderer(dialect).render(*plan->query, Operation::All);
        if (!sql)
            return sql.failure();
        out.push_back({pq.path, Statement{*sql, std::move(plan->params), false, plan->query->shape}, pq.keys});
    }
    return out;
}

} // namespace ectowb::query
