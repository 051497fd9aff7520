#include "preloadbuilder.h"

#include "assocwhere.h"
#include "query/host/querycontext.h"
#include "query/host/queryvalue.h"

namespace ectowb::query {

namespace {

Error noAssoc(const schema::Schema &owner, const QString &assoc)
{
    return Error{QStringLiteral("schema %1 does not have association or embed :%2").arg(owner.module, assoc), QStringLiteral("ArgumentError")};
}

// Ecto.Association.combine_assoc_query/2: the association's `where:` is ANDed into the
// query's last where (the key filter).
void combineAssocWhere(const schema::Association &assoc, Clause &where)
{
    if (ExprPtr cond = AssocWhere::condition(assoc, 0, where.params))
        where.expr = Expr::call(QStringLiteral("and"), {where.expr, cond});
}

} // namespace

Result<QString> PreloadBuilder::ownerKey(const schema::Schema &owner, const QString &assoc)
{
    const schema::Association *a = owner.association(assoc);
    if (!a)
        return noAssoc(owner, assoc);
    if (a->kind == schema::Association::Kind::ManyToMany && !a->joinKeys.isEmpty())
        return a->joinKeys[0].second;
    return a->ownerKey;
}

Result<QueryPtr> PreloadBuilder::assocQuery(const schema::Schema &owner, const QString &assocName,
                                            const std::vector<Term> &keys, const QString &open,
                                            const QueryPtr &custom) const
{
    const schema::Association *assoc = owner.association(assocName);
    if (!assoc)
        return noAssoc(owner, assocName);
    if (assoc->kind == schema::Association::Kind::HasThrough)
        return Error{QStringLiteral("preloading the through association :%1 is not supported by the workbench yet")
                         .arg(assocName)};
    const schema::Schema *related = m_context.schema(assoc->related);
    if (!related)
        return Error{QStringLiteral("association :%1 relates %2, which is not an Ecto schema of this project")
                         .arg(assocName, assoc->related)};
    auto q = std::make_shared<Query>();
    if (custom) {
        *q = *custom;
    } else {
        q->from.kind = Source::Kind::Schema;
        q->from.table = related->source;
        q->from.schema = related->module;
        q->from.prefix = related->prefix;
    }
    int keyBinding = 0;
    QString keyField = assoc->relatedKey;
    if (assoc->kind == schema::Association::Kind::ManyToMany) {
        if (assoc->joinKeys.size() != 2)
            return Error{QStringLiteral("many_to_many :%1 has no join keys").arg(assocName)};
        Join j;
        j.qual = QStringLiteral("inner");
        if (assoc->joinThroughIsSchema) {
            const schema::Schema *js = m_context.schema(assoc->joinThrough);
            if (!js)
                return Error{QStringLiteral("join_through %1 is not an Ecto schema of this project").arg(assoc->joinThrough)};
            j.source.kind = Source::Kind::Schema;
            j.source.table = js->source;
            j.source.schema = js->module;
        } else {
            j.source.kind = Source::Kind::Table;
            j.source.table = assoc->joinThrough;
        }
        keyBinding = q->bindingCount();
        j.on.expr = Expr::call(QStringLiteral("=="), {Expr::field(0, assoc->joinKeys[1].second),
                                                     Expr::field(keyBinding, assoc->joinKeys[1].first)});
        q->joins.push_back(std::move(j));
        keyField = assoc->joinKeys[0].first;
    }
    Clause where;
    Param p;
    ExprPtr key = Expr::field(keyBinding, keyField);
    if (assoc->kind == schema::Association::Kind::ManyToMany) {
        // ManyToMany.assoc_query filters `field(j, join_owner_key) in type(^values, {:in,
        // owner_key_type})`, for one parent too, and preload_info makes the related key
        // type(field(j, join_owner_key), owner_key_type): it is selected and ordered on so.
        const schema::Field *ownerField = owner.field(assoc->joinKeys[0].second);
        const QueryType keyType = ownerField ? QueryType::primitive(ownerField->type.underlyingPrimitive())
                                             : QueryType::any();
        p.value = Term::list(keys);
        p.open = open;
        p.type = QueryType::in(keyType);
        where.expr = Expr::call(QStringLiteral("in"), {key, Expr::param(0)});
        if (!keyType.isAny()) {
            auto typed = Expr::make(Expr::Kind::Type);
            typed->args = {key};
            typed->type = keyType;
            key = typed;
        }
    } else if (open.isEmpty() && keys.size() == 1) {
        p.value = keys.front();
        p.type = QueryType::field(keyBinding, keyField);
        where.expr = Expr::call(QStringLiteral("=="), {key, Expr::param(0)});
    } else {
        p.value = Term::list(keys);
        p.open = open;
        p.type = QueryType::in(QueryType::field(keyBinding, keyField));
        where.expr = Expr::call(QStringLiteral("in"), {key, Expr::param(0)});
    }
    where.params.push_back(std::move(p));
    combineAssocWhere(*assoc, where);
    q->wheres.push_back(std::move(where));
    if (!q->select) {
        Clause select;
        auto tuple = Expr::make(Expr::Kind::Tuple);
        tuple->args = {Expr::source(0), key};
        select.expr = tuple;
        q->select = std::move(select);
    }
    if (assoc->cardinalityMany()) {
        Clause order;
        order.expr = Expr::list({Expr::order(QStringLiteral("asc"), key)});
        q->orderBys.insert(q->orderBys.begin(), std::move(order));
    }
    return QueryPtr(q);
}

Result<bool> PreloadBuilder::parse(const interpreter::Value &value, std::vector<Preload> &out)
{
    if (value.isAtom() && !value.isNil()) {
        out.push_back(Preload{value.atomName(), -1, nullptr, {}});
        return true;
    }
    if (value.isList()) {
        for (const interpreter::Value &item : value.elements()) {
            if (Result<bool> ok = parse(item, out); !ok)
                return ok;
        }
        return true;
    }
    if (value.isTuple(2) && value.elements()[0].isAtom()) {
        Preload p;
        p.assoc = value.elements()[0].atomName();
        const interpreter::Value &inner = value.elements()[1];
        if (const QueryValue *q = QueryValue::unwrap(inner)) {
            p.query = q->query();
        } else if (inner.isTuple(2) && QueryValue::unwrap(inner.elements()[0])) {
            p.query = QueryValue::unwrap(inner.elements()[0])->query();
            if (Result<bool> ok = parse(inner.elements()[1], p.children); !ok)
                return ok;
        } else if (!inner.isFunction()) {
            if (Result<bool> ok = parse(inner, p.children); !ok)
                return ok;
        }
        out.push_back(std::move(p));
        return true;
    }
    return Error{QStringLiteral("invalid preload `%1` in query. preload expects an atom, a (nested) "
                                "keyword or a (nested) list of atoms").arg(value.inspect()), QStringLiteral("ArgumentError")};
}

Result<std::vector<Preload>> PreloadBuilder::throughChain(const schema::Schema &owner, const Preload &preload) const
{
    const schema::Association *assoc = owner.association(preload.assoc);
    if (!assoc || assoc->through.isEmpty())
        return noAssoc(owner, preload.assoc);
    // [:variants, :images] -> variants: [images: children]
    Preload last{assoc->through.back(), -1, preload.query, preload.children};
    for (qsizetype i = assoc->through.size() - 2; i >= 0; --i)
        last = Preload{assoc->through[i], -1, nullptr, {last}};
    return std::vector<Preload>{last};
}

const schema::Schema *PreloadBuilder::bindingSchema(const Query &query, int binding) const
{
    const Source &s = binding == 0 ? query.from : query.joins[size_t(binding - 1)].source;
    if (s.kind == Source::Kind::Assoc) {
        const schema::Schema *owner = bindingSchema(query, s.assocOwner);
        const schema::Association *a = owner ? owner->association(s.assoc) : nullptr;
        return a ? m_context.schema(a->related) : nullptr;
    }
    return s.schema.isEmpty() ? nullptr : m_context.schema(s.schema);
}

Result<bool> PreloadBuilder::walk(const std::vector<Preload> &preloads, const schema::Schema &owner, const Query &query,
                                  const QString &prefix, std::vector<PreloadQuery> &out) const
{
    for (const Preload &p : preloads) {
        const QString path = prefix.isEmpty() ? p.assoc : prefix + u'.' + p.assoc;
        const schema::Association *assoc = owner.association(p.assoc);
        if (!assoc)
            return noAssoc(owner, p.assoc);
        if (assoc->kind == schema::Association::Kind::HasThrough && p.binding < 0) {
            // Ecto loads a through association step by step along its chain
            Result<std::vector<Preload>> chain = throughChain(owner, p);
            if (!chain)
                return chain.failure();
            if (Result<bool> ok = walk(*chain, owner, query, prefix, out); !ok)
                return ok;
            continue;
        }
        const schema::Schema *related = m_context.schema(assoc->related);
        if (p.binding < 0) {
            Result<QString> key = ownerKey(owner, p.assoc);
            if (!key)
                return key.failure();
            const QString open = owner.module.section(u'.', -1).toLower() + u'_' + *key + u's';
            Result<QueryPtr> q = assocQuery(owner, p.assoc, {}, open, p.query);
            if (!q)
                return q.failure();
            out.push_back({path, *q, open});
        } else {
            related = bindingSchema(query, p.binding);
        }
        if (!p.children.empty() && related) {
            if (Result<bool> ok = walk(p.children, *related, query, path, out); !ok)
                return ok;
        }
    }
    return true;
}

Result<std::vector<PreloadQuery>> PreloadBuilder::queriesFor(const Query &query) const
{
    std::vector<PreloadQuery> out;
    if (query.preloads.empty())
        return out;
    const schema::Schema *owner = bindingSchema(query, 0);
    if (!owner)
        return Error{QStringLiteral("preloads need a query from a schema")};
    if (Result<bool> ok = walk(query.preloads, *owner, query, QString(), out); !ok)
        return ok.failure();
    return out;
}

} // namespace ectowb::query
