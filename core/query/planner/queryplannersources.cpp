// The structure pass of the planner: sources, aliases, assoc joins expanded
// through the project's associations, and the field names a subquery selects.
#include "query/builder/assocwhere.h"
#include "plannerstate.h"

namespace ectowb::query::planner {

namespace {

QChar aliasLetter(const PlannedSource &s)
{
    if (s.kind == PlannedSource::Kind::Subquery)
        return u's';
    if (s.kind == PlannedSource::Kind::Fragment)
        return u'f';
    if (s.kind == PlannedSource::Kind::Values)
        return u'v';
    const QChar first = s.table.isEmpty() ? QChar(u't') : s.table.front();
    return (first >= u'a' && first <= u'z') || (first >= u'A' && first <= u'Z') ? first : QChar(u't');
}

// plan_source/4: a source's own prefix (`prefix:`, else its schema's), else the
// query prefix, except for a table named like a CTE in scope.
QString tablePrefix(const QString &own, const QString &table, const PlannedQuery &planned)
{
    if (!own.isEmpty() || planned.cteNames.contains(table))
        return own;
    return planned.queryPrefix;
}

Result<PlannedSource> plainSource(const QueryPlanner &planner, const Source &source, const PlannedQuery &planned,
                                  State &state)
{
    PlannedSource s;
    switch (source.kind) {
    case Source::Kind::Schema:
    case Source::Kind::Table:
        s.kind = PlannedSource::Kind::Table;
        s.table = source.table;
        s.prefix = source.prefix;
        s.schema = source.schema.isEmpty() ? nullptr : planner.schema(source.schema);
        if (!source.schema.isEmpty() && !s.schema)
            return queryError(QStringLiteral("%1 is not an Ecto schema of this project").arg(source.schema));
        if (s.schema && s.prefix.isEmpty())
            s.prefix = s.schema->prefix;
        s.prefix = tablePrefix(s.prefix, s.table, planned);
        s.hints = source.hints;
        return s;
    case Source::Kind::Subquery: {
        s.kind = PlannedSource::Kind::Subquery;
        s.query = source.subquery;
        s.hints = source.hints;
        Result<std::shared_ptr<PlannedQuery>> sub = structure(planner, *source.subquery, u's' + planned.prefix, state,
                                                              &planned, source.prefix);
        if (!sub)
            return sub.failure();
        s.subquery = *sub;
        return s;
    }
    case Source::Kind::Fragment:
        if (!source.prefix.isEmpty())
            return queryError(QStringLiteral("cannot set prefix: \"%1\" option for fragment sources").arg(source.prefix));
        s.kind = PlannedSource::Kind::Fragment;
        return s;
    case Source::Kind::Values:
        if (!source.prefix.isEmpty())
            return queryError(QStringLiteral("cannot set prefix: \"%1\" option for values sources").arg(source.prefix));
        s.kind = PlannedSource::Kind::Values;
        s.valueFields = source.valueFields;
        s.valueTypes = source.valueTypes;
        s.valueRows = source.valueRows;
        return s;
    case Source::Kind::Assoc:
        break;
    }
    return queryError(QStringLiteral("assoc/2 can only be used in joins"));
}

// A source an association join adds: the join's `prefix:`, else the schema's, else
// the query prefix (rewrite_prefix/2 on the association's joins_query).
PlannedSource schemaSource(const schema::Schema &s, const QString &joinPrefix, const PlannedQuery &planned)
{
    PlannedSource out;
    out.kind = PlannedSource::Kind::Table;
    out.table = s.source;
    out.prefix = tablePrefix(joinPrefix.isEmpty() ? s.prefix : joinPrefix, s.source, planned);
    out.schema = &s;
    return out;
}

// `where:` of an association (`has_many :approved, Comment, where: [is_approved: true]`)
// as conditions on the joined binding, its parameters owned by the planner state.
ExprPtr assocWhere(const schema::Association &assoc, int target, State &state)
{
    std::vector<Param> &params = *state.ownedParams.emplace_back(std::make_unique<std::vector<Param>>());
    return AssocWhere::condition(assoc, target, params);
}

struct AssocExpansion
{
    const QueryPlanner &planner;
    PlannedQuery &planned;
    std::vector<PendingJoin> &pending;
    std::vector<PlannedSource> &extras;
    int declared; // sources the query itself binds (from + joins)
    State &state;

    int addExtra(const PlannedSource &s)
    {
        extras.push_back(s);
        return declared + int(extras.size()) - 1;
    }

    // One association step from `owner` to the source at `target` (or a new source
    // appended after the query's own bindings when target < 0); returns the target.
    Result<int> step(int owner, const QString &name, int target, const QString &qual, int origin,
                     const std::vector<OnPart> &extraOn, const QString &joinPrefix, bool through = false)
    {
        const PlannedSource &ownerSource = owner < int(planned.sources.size()) ? planned.sources[size_t(owner)]
                                                                                : extras[size_t(owner - declared)];
        const schema::Schema *schema = ownerSource.schema;
        if (!schema)
            return queryError(QStringLiteral("cannot perform association join on `%1` because it does not have a schema")
                                  .arg(ownerSource.table));
        const schema::Association *assoc = schema->association(name);
        if (!assoc)
            return queryError(QStringLiteral("could not find association `%1` on schema %2").arg(name, schema->module));
        if (assoc->kind == schema::Association::Kind::HasThrough) {
            int current = owner;
            for (qsizetype i = 0; i < assoc->through.size(); ++i) {
                const bool last = i + 1 == assoc->through.size();
                Result<int> next = step(current, assoc->through[i], last ? target : -1, qual, origin,
                                        last ? extraOn : std::vector<OnPart>{}, joinPrefix, true);
                if (!next)
                    return next;
                current = *next;
            }
            return current;
        }
        const schema::Schema *related = planner.schema(assoc->related);
        if (!related)
            return queryError(QStringLiteral("association `%1` of %2 relates %3, which is not an Ecto schema of this project")
                                  .arg(name, schema->module, assoc->related));
        if (target < 0)
            target = addExtra(schemaSource(*related, joinPrefix, planned));
        else
            planned.sources[size_t(target)] = schemaSource(*related, joinPrefix, planned);
        std::vector<OnPart> on;
        if (assoc->kind == schema::Association::Kind::ManyToMany) {
            PlannedSource through;
            if (assoc->joinThroughIsSchema) {
                const schema::Schema *js = planner.schema(assoc->joinThrough);
                if (!js)
                    return queryError(QStringLiteral("join_through %1 of %2 is not an Ecto schema of this project")
                                          .arg(assoc->joinThrough, schema->module));
                through = schemaSource(*js, joinPrefix, planned);
            } else {
                through.kind = PlannedSource::Kind::Table;
                through.table = assoc->joinThrough;
                through.prefix = tablePrefix(joinPrefix, through.table, planned);
            }
            if (assoc->joinKeys.size() != 2)
                return queryError(QStringLiteral("many_to_many %1 of %2 has no join keys").arg(name, schema->module));
            const int jt = addExtra(through);
            PendingJoin first;
            first.origin = origin;
            first.target = false;
            first.on.push_back({Expr::call(QStringLiteral("=="), {Expr::field(jt, assoc->joinKeys[0].first),
                                                                  Expr::field(owner, assoc->joinKeys[0].second)}),
                                nullptr, {}, true});
            planned.joins.push_back(PlannedJoin{qual, jt, nullptr});
            pending.push_back(std::move(first));
            on.push_back({Expr::call(QStringLiteral("=="), {Expr::field(jt, assoc->joinKeys[1].first),
                                                           Expr::field(target, assoc->joinKeys[1].second)}),
                          nullptr, {}, true});
        } else if (through) {
            // HasThrough.joins_query/1 writes each step owner side first
            on.push_back({Expr::call(QStringLiteral("=="), {Expr::field(owner, assoc->ownerKey),
                                                           Expr::field(target, assoc->relatedKey)}),
                          nullptr, {}, true});
        } else {
            on.push_back({Expr::call(QStringLiteral("=="), {Expr::field(target, assoc->relatedKey),
                                                           Expr::field(owner, assoc->ownerKey)}),
                          nullptr, {}, true});
        }
        if (ExprPtr where = assocWhere(*assoc, target, state))
            on.push_back({where, state.ownedParams.back().get(), {}, true});
        on.insert(on.end(), extraOn.begin(), extraOn.end());
        PendingJoin join;
        join.origin = origin;
        join.on = std::move(on);
        planned.joins.push_back(PlannedJoin{qual, target, nullptr});
        pending.push_back(std::move(join));
        return target;
    }
};

} // namespace

Error queryError(const QString &message)
{
    return Error{message, QStringLiteral("Ecto.QueryError")};
}

Error locate(const QString &message, elixir::SourcePos pos)
{
    return locate(Error{message}, pos);
}

Error locate(const Error &error, elixir::SourcePos pos)
{
    return error.at(pos.line, pos.column);
}

Result<std::shared_ptr<PlannedQuery>> structure(const QueryPlanner &planner, const Query &query, const QString &prefix,
                                                State &state, const PlannedQuery *parent, const QString &forced)
{
    auto planned = std::make_shared<PlannedQuery>();
    planned->prefix = prefix;
    planned->recursiveCtes = query.recursiveCtes;
    planned->queryPrefix = !forced.isEmpty()           ? forced
                           : !query.prefix.isEmpty()   ? query.prefix
                           : parent                    ? parent->queryPrefix
                                                       : QString();
    if (parent)
        planned->cteNames = parent->cteNames;
    for (const Cte &cte : query.ctes)
        planned->cteNames << cte.name;
    Result<PlannedSource> from = plainSource(planner, query.from, *planned, state);
    if (!from)
        return from.failure();
    planned->sources.push_back(*from);
    const int declared = query.bindingCount();
    planned->sources.resize(size_t(declared));
    std::vector<PendingJoin> &pending = state.pendingJoins(planned.get());
    std::vector<PlannedSource> extras;
    AssocExpansion assoc{planner, *planned, pending, extras, declared, state};
    for (size_t k = 0; k < query.joins.size(); ++k) {
        const Join &j = query.joins[k];
        const int index = int(k) + 1;
        std::vector<OnPart> userOn;
        if (j.on.expr && !j.on.expr->isLiteralTrue())
            userOn.push_back({j.on.expr, &j.on.params, j.on.pos});
        if (j.source.kind == Source::Kind::Assoc) {
            if (j.source.assocOwner < 0 || j.source.assocOwner >= index)
                return queryError(QStringLiteral("invalid binding in assoc/2 of join %1").arg(index));
            Result<int> target = assoc.step(j.source.assocOwner, j.source.assoc, index, j.qual, int(k), userOn,
                                            j.source.prefix);
            if (!target)
                return locate(target.failure(), j.pos);
            continue;
        }
        Result<PlannedSource> s = plainSource(planner, j.source, *planned, state);
        if (!s)
            return locate(s.failure(), j.pos);
        planned->sources[size_t(index)] = *s;
        PendingJoin pj;
        pj.origin = int(k);
        pj.on = std::move(userOn);
        planned->joins.push_back(PlannedJoin{j.qual, index, nullptr});
        pending.push_back(std::move(pj));
    }
    for (PlannedSource &s : extras)
        planned->sources.push_back(std::move(s));
    for (size_t i = 0; i < planned->sources.size(); ++i)
        planned->sources[i].alias = prefix + aliasLetter(planned->sources[i]) + QString::number(i);
    return planned;
}

Result<QString> column(const PlannedSource &source, const QString &field, const QString &kind)
{
    if (!source.schema)
        return field;
    if (const schema::Field *f = source.schema->field(field))
        return f->source.isEmpty() ? field : f->source;
    return queryError(QStringLiteral("field `%1` in `%2` does not exist in schema %3 in query")
                          .arg(field, kind, source.schema->module));
}

namespace {

Result<QStringList> sourceNames(const QueryPlanner &planner, const PlannedSource &source)
{
    QStringList names;
    if (source.schema) {
        for (const schema::Field &f : source.schema->fields) {
            if (f.loadInQuery)
                names << f.name;
        }
        return names;
    }
    if (source.kind == PlannedSource::Kind::Subquery)
        return selectNames(planner, *source.query, *source.subquery);
    if (source.kind == PlannedSource::Kind::Values)
        return source.valueFields;
    return queryError(QStringLiteral("subquery/cte must select a source (t), a field (t.field) or a map; `%1` has no "
                                     "schema to take the fields of").arg(source.table));
}

Result<QStringList> names(const QueryPlanner &planner, const Expr &e, const PlannedQuery &planned)
{
    auto sourceAt = [&](int ix) -> Result<const PlannedSource *> {
        if (ix < 0 || size_t(ix) >= planned.sources.size())
            return queryError(QStringLiteral("invalid binding in subquery select"));
        return &planned.sources[size_t(ix)];
    };
    switch (e.kind) {
    case Expr::Kind::Source: {
        Result<const PlannedSource *> s = sourceAt(e.binding);
        if (!s)
            return s.failure();
        return sourceNames(planner, **s);
    }
    case Expr::Kind::Take:
        return QStringList(e.texts.begin(), e.texts.end());
    case Expr::Kind::Map:
    case Expr::Kind::Struct:
        return QStringList(e.texts.begin(), e.texts.end());
    case Expr::Kind::Field:
    case Expr::Kind::SelectedAs:
        return QStringList{e.name};
    case Expr::Kind::MapUpdate:
    case Expr::Kind::Merge: {
        Result<QStringList> left = names(planner, *e.args[0], planned);
        if (!left)
            return left;
        QStringList right;
        if (e.kind == Expr::Kind::MapUpdate) {
            right = QStringList(e.texts.begin(), e.texts.end());
        } else {
            Result<QStringList> r = names(planner, *e.args[1], planned);
            if (!r)
                return r;
            right = *r;
        }
        QStringList out;
        for (const QString &n : *left) {
            if (!right.contains(n))
                out << n;
        }
        return out + right;
    }
    default:
        break;
    }
    return queryError(QStringLiteral("subquery/cte must select a source (t), a field (t.field) or a map"));
}

} // namespace

Result<QStringList> selectNames(const QueryPlanner &planner, const Query &query, const PlannedQuery &planned)
{
    if (!query.select)
        return sourceNames(planner, planned.sources[0]);
    return names(planner, *query.select->expr, planned);
}

} // namespace ectowb::query::planner
