// The planner's typing of values: a parameter's or tagged literal's type resolved
// against the sources (fields of bindings, named bindings, subquery selects), and the
// cast and dump by that type.
#include "plannertypes.h"
#include "query/render/queryrenderer.h"

#include "value/termvalue.h"
#include "changeset/typecaster.h"

namespace ectowb::query::planner {

using schema::EctoType;

namespace {

bool castable(const QString &primitive)
{
    static const QStringList known{QStringLiteral("string"), QStringLiteral("binary"), QStringLiteral("binary_id"),
                                   QStringLiteral("integer"), QStringLiteral("id"), QStringLiteral("float"),
                                   QStringLiteral("boolean"), QStringLiteral("decimal"), QStringLiteral("date"),
                                   QStringLiteral("time"), QStringLiteral("time_usec"),
                                   QStringLiteral("naive_datetime"), QStringLiteral("naive_datetime_usec"),
                                   QStringLiteral("utc_datetime"), QStringLiteral("utc_datetime_usec"),
                                   QStringLiteral("map")};
    return known.contains(primitive);
}

// The type of a subquery's selected field, as Ecto's planner collects it for the
// outer query (collect_fields): a field keeps its schema type, and so does sum, min
// or max over a field; anything else is :any (nullopt).
std::optional<schema::EctoType> subqueryFieldType(const PlannedSource &source, const QString &name, int depth = 0)
{
    if (source.kind != PlannedSource::Kind::Subquery || !source.subquery || depth > 16)
        return std::nullopt;
    const PlannedQuery &sub = *source.subquery;
    for (const PlannedField &selected : sub.select) {
        if (selected.name != name || !selected.expr)
            continue;
        const Expr *e = selected.expr.get();
        if (e->kind == Expr::Kind::Call && e->args.size() == 1 && e->args[0]
            && (e->name == u"sum" || e->name == u"min" || e->name == u"max"))
            e = e->args[0].get();
        if (e->kind != Expr::Kind::Field || e->parent || e->binding < 0 || size_t(e->binding) >= sub.sources.size())
            return std::nullopt;
        const PlannedSource &inner = sub.sources[size_t(e->binding)];
        if (inner.schema) {
            if (const schema::Field *f = inner.schema->field(e->name))
                return f->type;
            return std::nullopt;
        }
        return subqueryFieldType(inner, e->name, depth + 1);
    }
    return std::nullopt;
}

// Whether a subquery source has `name` among its selected fields (Ecto's planner types
// a value by a subquery field only if the subquery selects it: type!/5). Anything but
// a subquery whose select is known field by field answers yes.
bool selectsField(const PlannedSource &source, const QString &name)
{
    if (source.kind != PlannedSource::Kind::Subquery || !source.subquery || source.subquery->select.empty())
        return true;
    for (const PlannedField &selected : source.subquery->select) {
        if (selected.name.isEmpty() || selected.name == name)
            return true;
    }
    return false;
}

// The binding a named type ({as(:a), f} or {parent_as(:a), f}) stands for, with the
// level that has it: as/1 in this query, parent_as/1 in the nearest enclosing one.
std::pair<const Level *, int> namedBinding(const QueryType &t, const State &state)
{
    const int last = int(state.levels.size()) - 1;
    for (int i = t.parent() ? last - 1 : last; i >= 0; --i) {
        const int ix = state.levels[size_t(i)].query->aliasIndex(t.alias());
        if (ix >= 0 || !t.parent())
            return {&state.levels[size_t(i)], ix};
    }
    return {nullptr, -1};
}

// Ecto.Type.cast/2 as the planner's cast_param/3 uses it.
Result<Term> castForQuery(const EctoType &type, const Term &value, const QString &kind)
{
    // custom types (other than Ecto.UUID) cast in code the workbench cannot run: sent as given
    const bool skip = !type.isValid() || (type.kind() == EctoType::Kind::Primitive && !castable(type.name()))
                      || type.kind() == EctoType::Kind::Embedded
                      || (type.kind() == EctoType::Kind::Custom && type.name() != u"Ecto.UUID");
    if (skip)
        return value;
    const changeset::CastOutcome c = changeset::TypeCaster::cast(type, value);
    if (!c.ok)
        return Error{QStringLiteral("value `%1` in `%2` cannot be cast to type %3 in query")
                         .arg(inspectTerm(value), kind, typeText(type)), QStringLiteral("Ecto.Query.CastError")};
    return c.value;
}

// A literal the builder tagged with a field's type, ready for the dumper: Ecto dumps
// without casting, so a literal of the wrong kind is an error. A literal list is
// tagged element by element (2.5 in a :decimal list is a Decimal).
Result<Term> castLiteral(const EctoType &type, const Term &value, const QString &kind)
{
    if (value.isNil())
        return value;
    if (type.kind() == EctoType::Kind::Array && value.isList()) {
        std::vector<Term> items;
        for (const Term &e : value.elements()) {
            Result<Term> item = castLiteral(type.inner(), e, kind);
            if (!item)
                return item;
            items.push_back(*item);
        }
        return Term::list(std::move(items));
    }
    const QString p = type.kind() == EctoType::Kind::Primitive ? type.name() : QString();
    const bool wrong = ((p == u"integer" || p == u"id") && !value.isInteger())
                       || ((p == u"string" || p == u"binary_id") && !value.isString())
                       || (p == u"boolean" && !value.isBoolean()) || (p == u"float" && !value.isNumber());
    if (wrong)
        return Error{QStringLiteral("value `%1` in `%2` cannot be dumped to type %3 in query")
                         .arg(inspectTerm(value), kind, typeText(type)), QStringLiteral("Ecto.Query.CastError")};
    return castForQuery(type, value, kind);
}

} // namespace

QString typeText(const EctoType &t)
{
    if (!t.isValid())
        return QStringLiteral(":any");
    switch (t.kind()) {
    case EctoType::Kind::Primitive:
        return u':' + t.name();
    case EctoType::Kind::Array:
        return QStringLiteral("{:array, %1}").arg(typeText(t.inner()));
    case EctoType::Kind::Map:
        return QStringLiteral("{:map, %1}").arg(typeText(t.inner()));
    default:
        return t.toElixir();
    }
}

QString inspectTerm(const Term &t)
{
    return value::TermValue::toValue(t).inspect();
}

const PlannedSource *sourceOf(const Level &level, int binding)
{
    if (binding < 0 || size_t(binding) >= level.planned->sources.size())
        return nullptr;
    return &level.planned->sources[size_t(binding)];
}

Result<Resolved> resolve(const QueryType &t, const State &state, const QString &kind, const Term &value)
{
    const Level &level = state.levels.back();
    Resolved r;
    switch (t.kind()) {
    case QueryType::Kind::Any:
        return r;
    case QueryType::Kind::AnyDatetime:
        r.kind = Resolved::Kind::AnyDatetime;
        return r;
    case QueryType::Kind::Primitive:
        if (t.name() == u"any")
            return r;
        r.kind = Resolved::Kind::Type;
        r.type = t.isModule() ? EctoType::custom(t.name()) : EctoType::primitive(t.name());
        return r;
    case QueryType::Kind::Field: {
        // Ecto's planner types {ix, field} and the as/parent_as forms alike (type!/5)
        const auto [owner, ix] = t.alias().isEmpty() ? std::pair{&level, t.binding()} : namedBinding(t, state);
        const PlannedSource *s = owner ? sourceOf(*owner, ix) : nullptr;
        const schema::Field *f = s && s->schema ? s->schema->field(t.name()) : nullptr;
        if (f) {
            r.kind = Resolved::Kind::Type;
            r.type = f->type;
        } else if (const std::optional<schema::EctoType> sub = s ? subqueryFieldType(*s, t.name()) : std::nullopt) {
            r.kind = Resolved::Kind::Type;
            r.type = *sub;
        } else if (s && !selectsField(*s, t.name())) {
            return queryError(QStringLiteral("field `%1` does not exist in subquery").arg(t.name()));
        }
        return r;
    }
    case QueryType::Kind::Array: {
        Result<Resolved> inner = resolve(t.inner(), state, kind, value);
        if (!inner || inner->kind != Resolved::Kind::Type)
            return inner ? r : inner;
        r.kind = Resolved::Kind::Type;
        r.type = EctoType::array(inner->type);
        return r;
    }
    case QueryType::Kind::In: {
        Result<Resolved> inner = resolve(t.inner(), state, kind, value);
        if (!inner)
            return inner;
        r.kind = Resolved::Kind::In;
        r.type = inner->kind == Resolved::Kind::Type ? inner->type : EctoType();
        return r;
    }
    case QueryType::Kind::Out: {
        Result<Resolved> inner = resolve(t.inner(), state, kind, value);
        if (!inner || inner->kind != Resolved::Kind::Type)
            return inner ? r : inner;
        if (inner->type.kind() != EctoType::Kind::Array)
            return Error{QStringLiteral("value `%1` in `%2` expected to be part of an array but "
                                        "matched type is %3").arg(inspectTerm(value), kind, typeText(inner->type)), QStringLiteral("Ecto.Query.CastError")};
        r.kind = Resolved::Kind::Type;
        r.type = inner->type.inner();
        return r;
    }
    }
    return r;
}

// The cast, then the adapter's dumpers.
Result<Term> castAndDump(const QueryPlanner &planner, const EctoType &type, const Term &value, const QString &kind)
{
    Result<Term> cast = castForQuery(type, value, kind);
    if (!cast)
        return cast;
    return planner.dialect().dump(type, *cast);
}

// The tagged literal cast, then dumped as a whole (an array on SQLite becomes JSON).
Result<Term> dumpLiteral(const QueryPlanner &planner, const EctoType &type, const Term &value, const QString &kind)
{
    Result<Term> cast = castLiteral(type, value, kind);
    if (!cast || cast->isNil())
        return cast;
    return planner.dialect().dump(type, *cast);
}

} // namespace ectowb::query::planner
