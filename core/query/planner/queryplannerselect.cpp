// The select flattened to its columns, and the shape that turns a row of them back
// into the select's value: Ecto.Query.Planner's normalize_select/1 and
// collect_fields/5.
#include "plannerstate.h"
#include "plannertypes.h"

namespace ectowb::query::planner {

namespace {

using schema::EctoType;
using Shape = SelectShape;
using MutableShape = std::shared_ptr<SelectShape>;

// What one select's collection builds. The fields of the from binding (&0) go
// first, whatever their place in the select: normalize_select/1 puts `from_taken`
// before every other field, and a second `p` selects nothing more.
struct Collector
{
    bool hoist = false;                 // the select's own expression, not join preloads
    std::vector<PlannedField> from;     // the from binding's fields (and a merge's right side)
    std::vector<PlannedField> rest;
    std::vector<PlannedField> *target = &rest;
    MutableShape fromShape;             // set once the from binding was taken
    // Value and Source nodes, and whether their column counts in `from` or in `rest`
    std::vector<std::pair<SelectShape *, bool>> columns;

    MutableShape node(Shape::Kind kind, int column = -1)
    {
        auto n = std::make_shared<SelectShape>();
        n->kind = kind;
        n->column = column;
        if (column >= 0)
            columns.emplace_back(n.get(), target == &from);
        return n;
    }
};

EctoType typeOf(const Resolved &r)
{
    return r.kind == Resolved::Kind::Type ? r.type : EctoType();
}

EctoType fieldType(const Expr &e, const State &state)
{
    if (e.kind != Expr::Kind::Field)
        return {};
    const QueryType t = e.alias.isEmpty() ? QueryType::field(e.binding, e.name) : QueryType::named(e.alias, e.name, e.parent);
    Result<Resolved> r = resolve(t, state, QStringLiteral("select"), Term::nil());
    return r ? typeOf(*r) : EctoType();
}

EctoType fromQueryType(const QueryType &t, const State &state)
{
    switch (t.kind()) {
    case QueryType::Kind::Primitive:
        return t.name() == u"any" ? EctoType() : EctoType::primitive(t.name());
    case QueryType::Kind::Array: {
        const EctoType inner = fromQueryType(t.inner(), state);
        return inner.isValid() ? EctoType::array(inner) : EctoType();
    }
    case QueryType::Kind::Field: {
        Result<Resolved> r = resolve(t, state, QStringLiteral("select"), Term::nil());
        return r ? typeOf(*r) : EctoType();
    }
    default:
        return {};
    }
}

// The type collect_fields gives a leaf: a field's, an aggregate's, a tagged
// value's; :any (invalid) for the rest, which loads as the driver returns it.
EctoType leafType(const Expr &e, const State &state)
{
    switch (e.kind) {
    case Expr::Kind::Field:
        return fieldType(e, state);
    case Expr::Kind::Tagged:
    case Expr::Kind::Type:
        return fromQueryType(e.type, state);
    case Expr::Kind::Over:
        return e.args.empty() ? EctoType() : leafType(*e.args[0], state);
    case Expr::Kind::Call:
        break;
    default:
        return {};
    }
    static const QStringList integers{QStringLiteral("count"), QStringLiteral("row_number"), QStringLiteral("rank"),
                                      QStringLiteral("dense_rank"), QStringLiteral("ntile")};
    static const QStringList fieldTyped{QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("lag"),
                                        QStringLiteral("lead"), QStringLiteral("first_value"),
                                        QStringLiteral("last_value"), QStringLiteral("nth_value")};
    static const QStringList untyped{QStringLiteral("avg"), QStringLiteral("sum"), QStringLiteral("percent_rank"),
                                     QStringLiteral("cume_dist")};
    const bool onField = !e.args.empty() && e.args[0] && e.args[0]->kind == Expr::Kind::Field;
    if (onField && integers.contains(e.name))
        return EctoType::primitive(QStringLiteral("integer"));
    if (onField && fieldTyped.contains(e.name))
        return fieldType(*e.args[0], state);
    if (onField && untyped.contains(e.name))
        return {};
    if (e.name == u"filter" && !e.args.empty())
        return leafType(*e.args[0], state);
    if (e.name == u"coalesce" && e.args.size() == 2) {
        const EctoType right = leafType(*e.args[1], state);
        return right.isValid() ? right : leafType(*e.args[0], state);
    }
    if ((e.name == u"date_add" || e.name == u"datetime_add") && !e.args.empty()) {
        const EctoType arg = leafType(*e.args[0], state);
        if (arg.isValid())
            return arg;
        return EctoType::primitive(e.name == u"date_add" ? QStringLiteral("date") : QStringLiteral("naive_datetime"));
    }
    return {};
}

Result<MutableShape> sourceFields(const QueryPlanner &planner, int binding, const QStringList &except, bool asMap,
                                  Collector &c, const Level &level)
{
    const PlannedSource *s = sourceOf(level, binding);
    if (!s)
        return queryError(QStringLiteral("invalid binding in `select`"));
    const bool named = level.named;
    MutableShape shape = c.node(Shape::Kind::Source, int(c.target->size()));
    auto add = [&](const QString &column, const QString &field, const EctoType &type) {
        c.target->push_back({Expr::field(binding, column), field, named});
        shape->fields << field;
        shape->types.push_back(type);
    };
    if (s->schema) {
        shape->schema = s->schema;
        shape->asMap = asMap;
        for (const schema::Field &f : s->schema->fields) {
            if (f.loadInQuery && !except.contains(f.name))
                add(f.source.isEmpty() ? f.name : f.source, f.name, f.type);
        }
        return shape;
    }
    shape->asMap = true;
    if (s->kind == PlannedSource::Kind::Values) {
        for (size_t i = 0; i < size_t(s->valueFields.size()); ++i) {
            const QString &n = s->valueFields.at(qsizetype(i));
            if (!except.contains(n))
                add(n, n, i < s->valueTypes.size() ? fromQueryType(s->valueTypes[i], State{}) : EctoType());
        }
        return shape;
    }
    if (s->kind == PlannedSource::Kind::Subquery) {
        Result<QStringList> names = selectNames(planner, *s->query, *s->subquery);
        if (!names)
            return names.failure();
        for (const QString &n : *names) {
            if (!except.contains(n))
                add(n, n, EctoType());
        }
        return shape;
    }
    return queryError(QStringLiteral("cannot select all fields of `%1`, it has no schema: specify exactly which "
                                     "fields you want to select").arg(s->kind == PlannedSource::Kind::Fragment ? s->alias : s->table));
}

// The whole of binding 0 goes to the front the first time; later it is the same value.
template <typename Take>
Result<MutableShape> fromBinding(Collector &c, int binding, Take take)
{
    if (!c.hoist || binding != 0)
        return take();
    if (c.fromShape)
        return c.fromShape;
    std::vector<PlannedField> *saved = std::exchange(c.target, &c.from);
    Result<MutableShape> shape = take();
    c.target = saved;
    if (shape)
        c.fromShape = *shape;
    return shape;
}

Result<MutableShape> collect(const QueryPlanner &planner, const ExprPtr &expr, const QString &name, const ClauseRef &clause,
                             Collector &c, State &state);

Result<MutableShape> children(const QueryPlanner &planner, const std::vector<ExprPtr> &args, size_t first,
                              const std::vector<QString> &names, MutableShape shape, const ClauseRef &clause, Collector &c,
                              State &state)
{
    for (size_t i = first; i < args.size(); ++i) {
        const QString name = i - first < names.size() ? names[i - first] : QString();
        Result<MutableShape> child = collect(planner, args[i], name, clause, c, state);
        if (!child)
            return child;
        shape->children.push_back(*child);
    }
    return shape;
}

Result<MutableShape> merge(const QueryPlanner &planner, const Expr &e, const ClauseRef &clause, Collector &c, State &state)
{
    MutableShape shape = c.node(Shape::Kind::Merge);
    const bool intoFrom = c.hoist && !c.fromShape && e.args.size() == 2 && e.args[0]->kind == Expr::Kind::Source
                          && e.args[0]->binding == 0;
    // merge(p, right) of the from binding: the right side's fields join from_taken
    std::vector<PlannedField> *saved = intoFrom ? std::exchange(c.target, &c.from) : c.target;
    Result<MutableShape> out = children(planner, e.args, 0, {}, shape, clause, c, state);
    c.target = saved;
    return out;
}

Result<MutableShape> collect(const QueryPlanner &planner, const ExprPtr &expr, const QString &name, const ClauseRef &clause,
                             Collector &c, State &state)
{
    const Expr &e = *expr;
    const Level &level = state.levels.back();
    switch (e.kind) {
    case Expr::Kind::Source:
        return fromBinding(c, e.binding, [&] { return sourceFields(planner, e.binding, {}, false, c, level); });
    case Expr::Kind::Take: {
        const PlannedSource *s = sourceOf(level, e.binding);
        if (!s)
            return queryError(QStringLiteral("invalid binding in `select`"));
        return fromBinding(c, e.binding, [&]() -> Result<MutableShape> {
            MutableShape shape = c.node(Shape::Kind::Source, int(c.target->size()));
            shape->schema = s->schema;
            shape->asMap = !s->schema || e.name == u"map";
            for (const QString &f : e.texts) {
                Result<QString> col = column(*s, f, clause.kind);
                if (!col)
                    return col.failure();
                c.target->push_back({Expr::field(e.binding, *col), f, level.named});
                shape->fields << f;
                shape->types.push_back(fieldType(*Expr::field(e.binding, f), state));
            }
            return shape;
        });
    }
    case Expr::Kind::Map:
    case Expr::Kind::Struct: {
        MutableShape shape = c.node(e.kind == Expr::Kind::Map ? Shape::Kind::Map : Shape::Kind::Struct);
        shape->keys = QStringList(e.texts.begin(), e.texts.end());
        shape->atomKeys = e.atomKeys;
        shape->module = e.name;
        return children(planner, e.args, 0, e.texts, shape, clause, c, state);
    }
    case Expr::Kind::MapUpdate: {
        MutableShape shape = c.node(Shape::Kind::MapUpdate);
        shape->keys = QStringList(e.texts.begin(), e.texts.end());
        shape->atomKeys = e.atomKeys;
        const Expr &base = *e.args[0];
        Result<MutableShape> data = base.kind == Expr::Kind::Source
                                        ? fromBinding(c, base.binding, [&] {
                                              return sourceFields(planner, base.binding, shape->keys, false, c, level);
                                          })
                                        : collect(planner, e.args[0], QString(), clause, c, state);
        if (!data)
            return data;
        shape->children.push_back(*data);
        return children(planner, e.args, 1, e.texts, shape, clause, c, state);
    }
    case Expr::Kind::Tuple:
    case Expr::Kind::List:
        return children(planner, e.args, 0, {}, c.node(e.kind == Expr::Kind::Tuple ? Shape::Kind::Tuple : Shape::Kind::List),
                        clause, c, state);
    case Expr::Kind::Merge:
        return merge(planner, e, clause, c, state);
    case Expr::Kind::SelectedAs: {
        Result<ExprPtr> inner = normalize(planner, e.args[0], clause, state);
        if (!inner)
            return inner.failure();
        MutableShape shape = c.node(Shape::Kind::Value, int(c.target->size()));
        shape->type = leafType(*e.args[0], state);
        c.target->push_back({*inner, e.name, true});
        return shape;
    }
    case Expr::Kind::Literal:
        if (!level.keepLiterals) {
            // a literal becomes part of the result, not a column
            MutableShape shape = c.node(Shape::Kind::Literal);
            shape->literal = e.literal;
            return shape;
        }
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
    MutableShape shape = c.node(Shape::Kind::Value, int(c.target->size()));
    shape->type = leafType(e, state);
    c.target->push_back({*leaf, fieldName, level.named && !fieldName.isEmpty()});
    return shape;
}

} // namespace

Result<SelectShapePtr> collectSelect(const QueryPlanner &planner, const ExprPtr &expr, const ClauseRef &clause,
                                     std::vector<PlannedField> &out, State &state, bool select,
                                     const std::function<Result<bool>(std::vector<PlannedField> &)> &preloads)
{
    Collector c;
    c.hoist = select;
    Result<MutableShape> shape = collect(planner, expr, QString(), clause, c, state);
    if (!shape)
        return shape.failure();
    // from_taken, then the join preloads' fields, then the select's other fields
    const size_t first = out.size();
    out.insert(out.end(), c.from.begin(), c.from.end());
    if (preloads) {
        if (Result<bool> ok = preloads(out); !ok)
            return ok.failure();
    }
    const int restAt = int(out.size() - first);
    out.insert(out.end(), c.rest.begin(), c.rest.end());
    for (auto &[node, inFrom] : c.columns)
        node->column += inFrom ? 0 : restAt;
    return SelectShapePtr(*shape);
}

} // namespace ectowb::query::planner
