#include "querycontext.h"

#include "queryvalue.h"

namespace ectowb::query {

using interpreter::Value;

QueryContext::QueryContext(const project::Project &project) : m_project(project)
{
    for (const schema::Schema &s : project.schemas) {
        if (!s.embedded)
            m_schemas.insert(s.module, &s);
    }
}

void QueryContext::reset()
{
    m_open.clear();
    m_statements.clear();
    m_raised.clear();
    m_repoCalled = false;
    m_readCount = 0;
    m_lastRead = -1;
}

void QueryContext::record(RepoStatement statement)
{
    const bool reads = statement.kind == RepoStatement::Kind::Query && statement.operation == Operation::All;
    m_lastRead = reads ? takeRead() : -1;
    m_statements.push_back(std::move(statement));
}

std::optional<Result<std::vector<Value>>> QueryContext::lastRows(interpreter::Interpreter &interpreter) const
{
    if (!m_rowReader || m_lastRead < 0 || m_statements.empty())
        return std::nullopt;
    return m_rowReader(m_lastRead, m_statements.back(), interpreter);
}

static QString moduleName(const Value &atom)
{
    const QString name = atom.atomName();
    return name.startsWith(u"Elixir.") ? name.mid(7) : name;
}

Result<Source> QueryContext::sourceOf(const Value &value) const
{
    Source s;
    if (value.isBinary()) {
        s.kind = Source::Kind::Table;
        s.table = value.text();
        return s;
    }
    if (value.isTuple(2) && value.elements()[0].isBinary() && value.elements()[1].isAtom()) {
        s.kind = Source::Kind::Table;
        s.table = value.elements()[0].text();
        s.schema = moduleName(value.elements()[1]);
        if (!schema(s.schema))
            return Error{QStringLiteral("function %1.__schema__/1 is undefined").arg(s.schema), QStringLiteral("UndefinedFunctionError")};
        return s;
    }
    if (value.isAtom() && !value.isNil() && !value.isBoolean()) {
        const QString module = moduleName(value);
        const schema::Schema *found = schema(module);
        if (!found)
            return Error{QStringLiteral("protocol Ecto.Queryable not implemented for %1 of type "
                                        "Atom, the given module does not exist or is not an Ecto schema")
                             .arg(module), QStringLiteral("Protocol.UndefinedError")};
        s.kind = Source::Kind::Schema;
        s.table = found->source;
        s.schema = module;
        s.prefix = found->prefix;
        return s;
    }
    return Error{QStringLiteral("protocol Ecto.Queryable not implemented for %1")
                     .arg(value.inspect()), QStringLiteral("Protocol.UndefinedError")};
}

Result<QueryPtr> QueryContext::toQuery(const Value &value) const
{
    if (const QueryValue *q = QueryValue::unwrap(value)) {
        if (!q->isSubquery())
            return q->query();
        auto wrapped = std::make_shared<Query>();
        wrapped->from.kind = Source::Kind::Subquery;
        wrapped->from.subquery = q->query();
        return QueryPtr(wrapped);
    }
    Result<Source> source = sourceOf(value);
    if (!source)
        return source.failure();
    auto query = std::make_shared<Query>();
    query->from = *source;
    return QueryPtr(query);
}

Result<std::shared_ptr<Query>> QueryContext::toNewQuery(const Value &value) const
{
    if (const QueryValue *q = QueryValue::unwrap(value); q && !q->isSubquery())
        return std::make_shared<Query>(*q->query());
    Result<QueryPtr> built = toQuery(value);
    if (!built)
        return built.failure();
    // built here and held nowhere else: no need to copy it
    return std::const_pointer_cast<Query>(*built);
}

void QueryContext::addOpen(const QString &name, elixir::SourcePos pos)
{
    for (const OpenParameter &p : m_open) {
        if (p.name == name)
            return;
    }
    m_open.push_back({name, pos});
}

} // namespace ectowb::query
