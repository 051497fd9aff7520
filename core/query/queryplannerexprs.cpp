// The clause pass of the planner, for one expression: parameters numbered, cast
// and dumped; fields renamed to columns; as/parent_as resolved; tagged literals
// dumped; the select flattened to its columns.
#include "plannerstate.h"
#include "queryrenderer.h"

#include "changeset/termvalue.h"
#include "changeset/typecaster.h"

#include <algorithm>

namespace ectowb::query::planner {

namespace {

using schema::EctoType;

// A parameter type resolved against the sources: a known Ecto type, the element
// type of an `in` list, the any-datetime of datetime_add, or nothing to cast to.
struct Resolved
{
    enum class Kind : quint8 { Any, Type, In, AnyDatetime };
    Kind kind = Kind::Any;
    EctoType type;
};

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

QString inspect(const Term &t)
{
    return changeset::TermValue::toValue(t).inspect();
}

const PlannedSource *sourceOf(const Level &level, int binding)
{
    if (binding < 0 || size_t(binding) >= level.planned->sources.size())
        return nullptr;
    return &level.planned->sources[size_t(binding)];
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
        r.type = EctoType::primitive(t.name());
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
            return Error{QStringLiteral("Ecto.Query.CastError: value `%1` in `%2` expected to be part of an array but "
                                        "matched type is %3").arg(inspect(value), kind, typeText(inner->type))};
        r.kind = Resolved::Kind::Type;
        r.type = inner->type.inner();
        return r;
    }
    }
    return r;
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
        return Error{QStringLiteral("Ecto.Query.CastError: value `%1` in `%2` cannot be cast to type %3 in query")
                         .arg(inspect(value), kind, typeText(type))};
    return c.value;
}

// The cast, then the adapter's dumpers.
Result<Term> castAndDump(const QueryPlanner &planner, const EctoType &type, const Term &value, const QString &kind)
{
    Result<Term> cast = castForQuery(type, value, kind);
    if (!cast)
        return cast;
    return planner.dialect().dump(type, *cast);
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
        return Error{QStringLiteral("Ecto.Query.CastError: value `%1` in `%2` cannot be dumped to type %3 in query")
                         .arg(inspect(value), kind, typeText(type))};
    return castForQuery(type, value, kind);
}

// The tagged literal cast, then dumped as a whole (an array on SQLite becomes JSON).
Result<Term> dumpLiteral(const QueryPlanner &planner, const EctoType &type, const Term &value, const QString &kind)
{
    Result<Term> cast = castLiteral(type, value, kind);
    if (!cast || cast->isNil())
        return cast;
    return planner.dialect().dump(type, *cast);
}

bool isBaseType(const QueryType &t)
{
    if (t.kind() == QueryType::Kind::Array)
        return isBaseType(t.inner());
    return t.kind() == QueryType::Kind::Primitive && t.name() != u"any";
}

// selected_as(expr, name) somewhere in a select expression.
bool selectsAs(const Expr &e, const QString &name)
{
    if (e.kind == Expr::Kind::SelectedAs && e.name == name)
        return true;
    return std::any_of(e.args.begin(), e.args.end(), [&](const ExprPtr &a) { return a && selectsAs(*a, name); });
}

// The node with its arguments normalized; the node itself when none changed
// (planning allocates only what it rewrites).
Result<ExprPtr> normalizeArgs(const QueryPlanner &planner, const ExprPtr &expr, const ClauseRef &clause, State &state)
{
    std::shared_ptr<Expr> copy;
    for (size_t i = 0; i < expr->args.size(); ++i) {
        const ExprPtr &arg = expr->args[i];
        if (!arg)
            continue;
        Result<ExprPtr> n = normalize(planner, arg, clause, state);
        if (!n)
            return n;
        if (n->get() == arg.get())
            continue;
        if (!copy)
            copy = std::make_shared<Expr>(*expr);
        copy->args[i] = *n;
    }
    return copy ? ExprPtr(copy) : expr;
}

} // namespace

Result<ClauseRef> number(const QueryPlanner &planner, const std::vector<Param> &params, const QString &kind, State &state)
{
    ClauseRef ref;
    ref.kind = kind;
    const Level level = state.levels.back();
    const bool expand = planner.dialect().expandsListParams();
    for (const Param &p : params) {
        if (p.subquery) {
            // Ecto's prewalk_source names the columns of every expression subquery
            // (AS "field") except those in a where clause.
            Result<std::shared_ptr<PlannedQuery>> sub = nested(planner, *p.subquery, u's' + level.planned->prefix,
                                                               level.planned, kind != u"where", true, state,
                                                               nullptr, true);
            if (!sub)
                return sub.failure();
            ref.subqueries.insert(p.subquery.get(), *sub);
            ref.global.push_back(-1);
            ref.count.push_back(0);
            continue;
        }
        Term value = p.value;
        if (!p.open.isEmpty()) {
            const bool supplied = state.openValues.contains(p.open);
            value = supplied ? state.openValues.value(p.open) : Term::nil();
            Result<Resolved> r = resolve(p.type, state, kind, value);
            QString type = QStringLiteral(":any");
            if (r && r->kind == Resolved::Kind::Type)
                type = typeText(r->type);
            else if (r && r->kind == Resolved::Kind::In)
                type = QStringLiteral("{:array, %1}").arg(typeText(r->type));
            else if (r && r->kind == Resolved::Kind::AnyDatetime)
                type = QStringLiteral(":utc_datetime");
            state.openTypes.push_back({p.open, type, supplied});
            if (!supplied) {
                // no value yet: one placeholder, whatever the type
                ref.global.push_back(int(state.params.size()));
                ref.count.push_back(1);
                state.params.push_back(Term::nil());
                continue;
            }
        }
        const int start = int(state.params.size());
        ref.global.push_back(start);
        if (p.splice) {
            for (const Term &e : value.elements())
                state.params.push_back(e);
            ref.count.push_back(int(value.elements().size()));
            continue;
        }
        Result<Resolved> r = resolve(p.type, state, kind, value);
        if (!r)
            return r.failure();
        if (r->kind == Resolved::Kind::In) {
            if (!value.isList())
                return Error{QStringLiteral("Ecto.Query.CastError: value `%1` in `%2` cannot be cast to type {:in, %3} "
                                            "in query").arg(inspect(value), kind, typeText(r->type))};
            std::vector<Term> items;
            for (const Term &e : value.elements()) {
                Result<Term> d = castAndDump(planner, r->type, e, kind);
                if (!d)
                    return d.failure();
                items.push_back(*d);
            }
            if (expand) {
                for (const Term &e : items)
                    state.params.push_back(e);
                ref.count.push_back(int(items.size()));
            } else {
                state.params.push_back(Term::list(std::move(items)));
                ref.count.push_back(1);
            }
            continue;
        }
        EctoType type;
        if (r->kind == Resolved::Kind::Type) {
            type = r->type;
        } else if (r->kind == Resolved::Kind::AnyDatetime) {
            if (value.kind() == Term::Kind::DateTime)
                type = EctoType::primitive(QStringLiteral("utc_datetime_usec"));
            else if (value.kind() == Term::Kind::NaiveDateTime)
                type = EctoType::primitive(QStringLiteral("naive_datetime_usec"));
        }
        // any_datetime keeps the value's own precision, as the oracle's output shows
        Result<Term> d = r->kind == Resolved::Kind::AnyDatetime ? planner.dialect().dump(type, value)
                                                                : castAndDump(planner, type, value, kind);
        if (!d)
            return d.failure();
        state.params.push_back(*d);
        ref.count.push_back(1);
    }
    return ref;
}

Result<ExprPtr> normalize(const QueryPlanner &planner, const ExprPtr &expr, const ClauseRef &clause, State &state)
{
    const Expr &e = *expr;
    const Level &level = state.levels.back();
    switch (e.kind) {
    case Expr::Kind::Field: {
        std::shared_ptr<Expr> out;
        if (e.parent) {
            out = std::make_shared<Expr>(e);
            out->alias.clear();
            for (int i = int(state.levels.size()) - 2; i >= 0; --i) {
                const int ix = state.levels[size_t(i)].query->aliasIndex(e.alias);
                if (ix < 0)
                    continue;
                Result<QString> col = column(state.levels[size_t(i)].planned->sources[size_t(ix)], e.name, clause.kind);
                if (!col)
                    return col.failure();
                out->binding = ix;
                out->count = int(state.levels.size()) - 1 - i;
                out->name = *col;
                return ExprPtr(out);
            }
            return queryError(QStringLiteral("could not find named binding `parent_as(:%1)`").arg(e.alias));
        }
        int ix = e.binding;
        if (!e.alias.isEmpty()) {
            ix = level.query->aliasIndex(e.alias);
            if (ix < 0)
                return queryError(QStringLiteral("could not find named binding `as(:%1)`").arg(e.alias));
        }
        const PlannedSource *s = sourceOf(level, ix);
        if (!s || (!clause.generated && ix >= level.query->bindingCount()))
            return queryError(QStringLiteral("invalid binding in `%1`: the query has %2 binding(s)")
                                  .arg(clause.kind).arg(level.query->bindingCount()));
        Result<QString> col = column(*s, e.name, clause.kind);
        if (!col)
            return col.failure();
        if (ix == e.binding && *col == e.name && e.alias.isEmpty())
            return expr; // already what the renderer needs
        out = std::make_shared<Expr>(e);
        out->alias.clear();
        out->binding = ix;
        out->name = *col;
        return ExprPtr(out);
    }
    case Expr::Kind::Source: {
        if (!sourceOf(level, e.binding))
            return queryError(QStringLiteral("invalid binding in `%1`").arg(clause.kind));
        return expr;
    }
    case Expr::Kind::Param:
    case Expr::Kind::Splice: {
        auto out = std::make_shared<Expr>(e);
        out->index = clause.global[size_t(e.index)];
        out->count = clause.count[size_t(e.index)];
        return ExprPtr(out);
    }
    case Expr::Kind::Tagged: {
        if (isBaseType(e.type))
            return expr;
        Result<Resolved> r = resolve(e.type, state, clause.kind, e.literal);
        if (!r)
            return r.failure();
        if (r->kind != Resolved::Kind::Type)
            return Expr::literalOf(e.literal);
        Result<Term> dumped = dumpLiteral(planner, r->type, e.literal, clause.kind);
        if (!dumped)
            return dumped.failure();
        return Expr::literalOf(*dumped);
    }
    case Expr::Kind::Type: {
        Result<ExprPtr> inner = normalize(planner, e.args[0], clause, state);
        if (!inner)
            return inner;
        auto out = std::make_shared<Expr>(e);
        out->args = {*inner};
        if (e.type.kind() == QueryType::Kind::Field) {
            Result<Resolved> r = resolve(e.type, state, clause.kind, Term::nil());
            if (!r)
                return r.failure();
            const QString name = r->kind == Resolved::Kind::Type ? r->type.underlyingPrimitive() : QStringLiteral("any");
            out->type = QueryType::primitive(name == u"array" ? QStringLiteral("any") : name);
        }
        return ExprPtr(out);
    }
    case Expr::Kind::Subquery: {
        auto out = std::make_shared<Expr>(e);
        out->planned = clause.subqueries.value(e.subquery.get());
        if (!out->planned)
            return queryError(QStringLiteral("subquery without its parameter position in `%1`").arg(clause.kind));
        return ExprPtr(out);
    }
    case Expr::Kind::Over:
        // over(expr, :name) names a window of the query's windows:
        if (!e.name.isEmpty()) {
            const auto &windows = level.query->windows;
            if (std::none_of(windows.begin(), windows.end(), [&](const Window &w) { return w.name == e.name; }))
                return queryError(QStringLiteral("unknown window :%1 given to over/2").arg(e.name));
        }
        return normalizeArgs(planner, expr, clause, state);
    case Expr::Kind::SelectedAsRef:
        // selected_as(:name) refers to an alias the outermost select defines
        if (!level.query->select || !selectsAs(*level.query->select->expr, e.name))
            return Error{QStringLiteral("ArgumentError: invalid alias: `:%1`. Use `selected_as/2` to define aliases in "
                                        "the outer most `select` expression.").arg(e.name)};
        return expr;
    case Expr::Kind::Take:
    case Expr::Kind::Map:
    case Expr::Kind::MapUpdate:
    case Expr::Kind::Struct:
    case Expr::Kind::Merge:
        if (clause.kind != u"select")
            return queryError(QStringLiteral("maps, structs and struct/map(binding, fields) are only allowed in select"));
        return normalizeArgs(planner, expr, clause, state);
    default:
        return normalizeArgs(planner, expr, clause, state);
    }
}

namespace {

Result<bool> sourceFields(const QueryPlanner &planner, int binding, const QStringList &except,
                          std::vector<PlannedField> &out, const Level &level)
{
    const PlannedSource *s = sourceOf(level, binding);
    if (!s)
        return queryError(QStringLiteral("invalid binding in `select`"));
    const bool named = level.named;
    if (s->schema) {
        for (const schema::Field &f : s->schema->fields) {
            if (!f.loadInQuery || except.contains(f.name))
                continue;
            out.push_back({Expr::field(binding, f.source.isEmpty() ? f.name : f.source), f.name, named});
        }
        return true;
    }
    if (s->kind == PlannedSource::Kind::Values) {
        for (const QString &n : s->valueFields) {
            if (!except.contains(n))
                out.push_back({Expr::field(binding, n), n, named});
        }
        return true;
    }
    if (s->kind == PlannedSource::Kind::Subquery) {
        Result<QStringList> names = selectNames(planner, *s->query, *s->subquery);
        if (!names)
            return names.failure();
        for (const QString &n : *names) {
            if (!except.contains(n))
                out.push_back({Expr::field(binding, n), n, named});
        }
        return true;
    }
    return queryError(QStringLiteral("cannot select all fields of `%1`, it has no schema: specify exactly which "
                                     "fields you want to select").arg(s->kind == PlannedSource::Kind::Fragment ? s->alias : s->table));
}

Result<bool> collect(const QueryPlanner &planner, const ExprPtr &expr, const QString &name, const ClauseRef &clause,
                     std::vector<PlannedField> &out, State &state)
{
    const Expr &e = *expr;
    const Level &level = state.levels.back();
    switch (e.kind) {
    case Expr::Kind::Source:
        return sourceFields(planner, e.binding, {}, out, level);
    case Expr::Kind::Take: {
        const PlannedSource *s = sourceOf(level, e.binding);
        if (!s)
            return queryError(QStringLiteral("invalid binding in `select`"));
        for (const QString &f : e.texts) {
            Result<QString> col = column(*s, f, clause.kind);
            if (!col)
                return col.failure();
            out.push_back({Expr::field(e.binding, *col), f, level.named});
        }
        return true;
    }
    case Expr::Kind::Map:
    case Expr::Kind::Struct:
        for (size_t i = 0; i < e.args.size(); ++i) {
            if (Result<bool> ok = collect(planner, e.args[i], e.texts[i], clause, out, state); !ok)
                return ok;
        }
        return true;
    case Expr::Kind::MapUpdate: {
        const Expr &base = *e.args[0];
        const QStringList keys(e.texts.begin(), e.texts.end());
        if (base.kind == Expr::Kind::Source) {
            if (Result<bool> ok = sourceFields(planner, base.binding, keys, out, level); !ok)
                return ok;
        } else if (Result<bool> ok = collect(planner, e.args[0], QString(), clause, out, state); !ok) {
            return ok;
        }
        for (size_t i = 1; i < e.args.size(); ++i) {
            if (Result<bool> ok = collect(planner, e.args[i], e.texts[i - 1], clause, out, state); !ok)
                return ok;
        }
        return true;
    }
    case Expr::Kind::Tuple:
    case Expr::Kind::List:
    case Expr::Kind::Merge:
        for (const ExprPtr &a : e.args) {
            if (Result<bool> ok = collect(planner, a, QString(), clause, out, state); !ok)
                return ok;
        }
        return true;
    case Expr::Kind::SelectedAs: {
        Result<ExprPtr> inner = normalize(planner, e.args[0], clause, state);
        if (!inner)
            return inner.failure();
        out.push_back({*inner, e.name, true});
        return true;
    }
    case Expr::Kind::Literal:
        if (!level.keepLiterals)
            return true; // a literal becomes part of the result, not a column
        break;
    default:
        break;
    }
    Result<ExprPtr> leaf = normalize(planner, expr, clause, state);
    if (!leaf)
        return leaf.failure();
    QString fieldName = name;
    if (fieldName.isEmpty() && e.kind == Expr::Kind::Field)
        fieldName = e.name;
    out.push_back({*leaf, fieldName, level.named && !fieldName.isEmpty()});
    return true;
}

} // namespace

Result<bool> collectSelect(const QueryPlanner &planner, const ExprPtr &expr, const ClauseRef &clause,
                           std::vector<PlannedField> &out, State &state)
{
    return collect(planner, expr, QString(), clause, out, state);
}

} // namespace ectowb::query::planner
