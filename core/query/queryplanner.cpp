#include "queryplanner.h"

namespace ectowb::query {

namespace {

QString firstLetter(const QString &table)
{
    return table.isEmpty() ? QStringLiteral("t") : table.left(1).toLower();
}

Result<Term> castTo(const Term &value, const QString &type)
{
    if (type == u"integer" || type == u"id") {
        if (value.isString()) {
            bool ok = false;
            const qint64 n = value.text().toLongLong(&ok);
            if (!ok)
                return Error{QStringLiteral("Ecto.Query.CastError: value `%1` cannot be cast to type :%2").arg(value.text(), type)};
            return Term::integer(n);
        }
    } else if (type == u"string" && !value.isString() && !value.isNil() && !value.isAtom()) {
        return Error{QStringLiteral("Ecto.Query.CastError: value cannot be cast to type :string")};
    } else if (type == u"decimal" && value.isInteger()) {
        return Term::decimal(changeset::Decimal::fromInteger(value.integerValue()));
    }
    return value;
}

} // namespace

const PlannedQuery *PlannedQuery::nestedFor(const Query *q) const
{
    const auto it = nested.constFind(q);
    return it == nested.constEnd() ? nullptr : it->get();
}

int PlannedQuery::globalParam(const std::vector<Param> &clauseParams, int local) const
{
    const auto it = paramIndex.constFind(&clauseParams);
    if (it == paramIndex.constEnd() || local < 0 || size_t(local) >= it->size())
        return 0;
    return (*it)[size_t(local)];
}

QString PlannedQuery::column(int binding, const QString &field) const
{
    if (binding < 0 || size_t(binding) >= sources.size())
        return field;
    if (const auto *schema = sources[size_t(binding)].schema) {
        if (const auto *f = schema->field(field))
            return f->source.isEmpty() ? field : f->source;
    }
    return field;
}

Result<std::shared_ptr<PlannedQuery>> QueryPlanner::plan(const Query &query, Operation op) const
{
    return planLevel(query, op, QString(), nullptr, std::make_shared<std::vector<PlannedParam>>());
}

Result<bool> QueryPlanner::setupSources(PlannedQuery &pq) const
{
    const Query &q = *pq.query;
    auto sourceOf = [&](const Source &s) -> Result<PlannedSource> {
        PlannedSource ps;
        switch (s.kind) {
        case Source::Kind::Schema: {
            const auto *schema = m_project.findSchema(s.schema);
            if (!schema)
                return Error{QStringLiteral("UndefinedFunctionError: function %1.__schema__/1 is undefined (module %1 is not available)").arg(s.schema)};
            ps.schema = schema;
            ps.table = schema->source;
            ps.alias = firstLetter(ps.table);
            break;
        }
        case Source::Kind::Table:
            ps.table = s.table;
            ps.schema = s.schema.isEmpty() ? nullptr : m_project.findSchema(s.schema);
            ps.alias = firstLetter(ps.table);
            break;
        case Source::Kind::Subquery:
            ps.subquery = s.subquery;
            ps.alias = QStringLiteral("s");
            break;
        case Source::Kind::Fragment:
            ps.fragment = &s.fragment;
            ps.alias = QStringLiteral("f");
            break;
        }
        return ps;
    };
    auto from = sourceOf(q.from);
    if (!from)
        return Error{from.error()};
    pq.sources.push_back(*from);
    std::vector<PlannedSource> extra; // many_to_many join tables come after every declared binding
    std::vector<std::pair<size_t, PlannedJoin>> extraJoins;
    for (const Join &j : q.joins) {
        PlannedJoin pj;
        pj.qual = j.qual;
        pj.source = int(pq.sources.size());
        pj.clause = j.hasOn ? &j.on : nullptr;
        ExprPtr userOn = j.hasOn ? j.on.expr : nullptr;
        if (j.assocBinding < 0) {
            auto s = sourceOf(j.source);
            if (!s)
                return Error{s.error()};
            pq.sources.push_back(*s);
            pj.on = userOn;
            pq.joins.push_back(pj);
            continue;
        }
        const auto *owner = pq.sources[size_t(j.assocBinding)].schema;
        const auto *assoc = owner ? owner->association(j.assocName) : nullptr;
        if (!assoc)
            return Error{QStringLiteral("Ecto.QueryError: could not find association `%1`").arg(j.assocName)};
        if (assoc->kind == schema::Association::Kind::HasThrough)
            return Error{QStringLiteral("assoc/2 joins through `through:` associations are not supported yet")};
        const auto *related = m_project.findSchema(assoc->related);
        if (!related)
            return Error{QStringLiteral("unknown schema %1").arg(assoc->related)};
        PlannedSource target;
        target.schema = related;
        target.table = related->source;
        target.alias = firstLetter(related->source);
        pq.sources.push_back(target);
        const int t = pj.source;
        if (assoc->kind == schema::Association::Kind::ManyToMany) {
            PlannedSource jt;
            jt.table = assoc->joinThroughIsSchema ? m_project.findSchema(assoc->joinThrough)->source : assoc->joinThrough;
            jt.alias = firstLetter(jt.table);
            const int jtIndex = q.bindingCount() + int(extra.size());
            extra.push_back(jt);
            PlannedJoin first;
            first.qual = j.qual;
            first.source = jtIndex;
            first.on = Expr::op(QStringLiteral("=="), {Expr::field(jtIndex, assoc->joinKeys[0].first),
                                                      Expr::field(j.assocBinding, assoc->joinKeys[0].second)});
            pq.joins.push_back(first);
            ExprPtr keys = Expr::op(QStringLiteral("=="), {Expr::field(jtIndex, assoc->joinKeys[1].first),
                                                          Expr::field(t, assoc->joinKeys[1].second)});
            pj.on = userOn ? Expr::op(QStringLiteral("and"), {keys, userOn}) : keys;
        } else {
            ExprPtr keys = Expr::op(QStringLiteral("=="), {Expr::field(t, assoc->relatedKey),
                                                          Expr::field(j.assocBinding, assoc->ownerKey)});
            pj.on = userOn ? Expr::op(QStringLiteral("and"), {keys, userOn}) : keys;
        }
        pq.joins.push_back(pj);
    }
    for (const PlannedSource &s : extra)
        pq.sources.push_back(s);
    for (size_t i = 0; i < pq.sources.size(); ++i)
        pq.sources[i].alias = pq.prefix + pq.sources[i].alias + QString::number(i);
    return true;
}

Result<PlannedParam> QueryPlanner::castParam(const PlannedQuery &pq, const Param &param) const
{
    PlannedParam out;
    out.value = param.value;
    out.inList = param.inList;
    QString type = param.type;
    bool arrayField = false;
    if (type.isEmpty() && param.binding >= 0 && size_t(param.binding) < pq.sources.size()) {
        if (const auto *schema = pq.sources[size_t(param.binding)].schema) {
            if (const auto *f = schema->field(param.field)) {
                arrayField = f->type.kind() == schema::EctoType::Kind::Array;
                type = arrayField ? f->type.inner().underlyingPrimitive() : f->type.underlyingPrimitive();
            }
        }
    }
    if (param.arrayElement && !arrayField)
        return Error{QStringLiteral("Ecto.Query.CastError: value in `update` expected to be part of an array but matched type is :%1").arg(type)};
    if (param.inList && out.value.isList()) {
        std::vector<Term> items;
        for (const Term &item : out.value.elements()) {
            auto cast = castTo(item, type);
            if (!cast)
                return Error{cast.error()};
            items.push_back(*cast);
        }
        out.value = Term::list(std::move(items));
    } else {
        auto cast = castTo(out.value, type);
        if (!cast)
            return Error{cast.error()};
        out.value = *cast;
    }
    out.type = type;
    return out;
}

Result<bool> QueryPlanner::numberClause(PlannedQuery &pq, const std::vector<Param> &params) const
{
    std::vector<int> index;
    for (const Param &p : params) {
        if (p.subquery) {
            auto sub = planLevel(*p.subquery, Operation::All, pq.prefix + QStringLiteral("s"), &pq, pq.params);
            if (!sub)
                return Error{sub.error()};
            pq.nested.insert(p.subquery.get(), *sub);
            index.push_back(-1);
            continue;
        }
        auto cast = castParam(pq, p);
        if (!cast)
            return Error{cast.error()};
        index.push_back(int(pq.params->size()));
        pq.params->push_back(*cast);
    }
    pq.paramIndex.insert(&params, index);
    return true;
}

Result<std::shared_ptr<PlannedQuery>> QueryPlanner::planLevel(const Query &q, Operation op, const QString &prefix,
                                                              const PlannedQuery *parent,
                                                              std::shared_ptr<std::vector<PlannedParam>> params) const
{
    auto pq = std::make_shared<PlannedQuery>();
    pq->query = &q;
    pq->prefix = prefix;
    pq->parent = parent;
    pq->params = std::move(params);
    auto ok = setupSources(*pq);
    if (!ok)
        return Error{ok.error()};
    auto number = [&](const std::vector<Param> &ps) { return numberClause(*pq, ps); };
    auto planSub = [&](const QueryPtr &sub, const QString &subPrefix) -> Result<bool> {
        auto planned = planLevel(*sub, Operation::All, subPrefix, pq.get(), pq->params);
        if (!planned)
            return Error{planned.error()};
        pq->nested.insert(sub.get(), *planned);
        return true;
    };
    std::vector<Result<bool>> steps;
    auto run = [&](Result<bool> r) { if (!r) steps.push_back(r); };
    for (const Cte &cte : q.ctes)
        run(planSub(cte.query, pq->prefix + QStringLiteral("s")));
    if (op == Operation::UpdateAll) {
        for (const UpdateClause &u : q.updates)
            run(number(u.params));
    }
    if (op == Operation::All) {
        if (q.distinct)
            run(number(q.distinct->params));
        if (q.select)
            run(number(q.select->params));
    }
    if (q.from.kind == Source::Kind::Subquery)
        run(planSub(q.from.subquery, pq->prefix + QStringLiteral("s")));
    if (q.from.kind == Source::Kind::Fragment)
        run(number(q.from.fragment.params));
    for (const Join &j : q.joins) {
        if (j.source.kind == Source::Kind::Subquery && j.assocBinding < 0)
            run(planSub(j.source.subquery, pq->prefix + QStringLiteral("s")));
        if (j.source.kind == Source::Kind::Fragment)
            run(number(j.source.fragment.params));
        if (j.hasOn)
            run(number(j.on.params));
    }
    for (const Clause &c : q.wheres)
        run(number(c.params));
    if (op == Operation::All) {
        for (const Clause &c : q.groupBys)
            run(number(c.params));
        for (const Clause &c : q.havings)
            run(number(c.params));
        for (const Window &w : q.windows)
            run(number(w.definition.params));
        for (const Combination &c : q.combinations)
            run(planSub(c.query, pq->prefix));
        for (const Clause &c : q.orderBys)
            run(number(c.params));
        if (q.limit)
            run(number(q.limit->params));
        if (q.offset)
            run(number(q.offset->params));
    } else if (q.select) {
        run(number(q.select->params));
    }
    if (!steps.empty())
        return Error{steps.front().error()};
    return pq;
}

} // namespace ectowb::query
