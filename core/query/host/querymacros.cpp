#include "querymacros.h"

#include "query/builder/clausebuilder.h"
#include "querycontext.h"
#include "queryvalue.h"

#include "interpreter/interpreter.h"

namespace ectowb::query {

using elixir::Ast;
using interpreter::Bindings;
using interpreter::Interpreter;
using interpreter::Value;

namespace {

const QString ectoQuery = QStringLiteral("Ecto.Query");
using Context = std::shared_ptr<QueryContext>;

Result<std::shared_ptr<Query>> queryArg(const Ast &ast, Bindings &env, Interpreter &interpreter, QueryContext &context)
{
    Result<Value> v = interpreter.eval(ast, env);
    if (!v)
        return v.failure();
    return context.toNewQuery(*v);
}

Result<std::shared_ptr<Query>> queryValueArg(const Value &v, QueryContext &context)
{
    return context.toNewQuery(v);
}

QString joinQualOfKey(const QString &key)
{
    if (key == u"join" || key == u"inner_join")
        return QStringLiteral("inner");
    static const QStringList quals{QStringLiteral("left"), QStringLiteral("right"), QStringLiteral("full"),
                                   QStringLiteral("cross"), QStringLiteral("inner_lateral"),
                                   QStringLiteral("left_lateral"), QStringLiteral("cross_lateral")};
    if (key.endsWith(u"_join") && quals.contains(key.chopped(5)))
        return key.chopped(5);
    return QString();
}

bool isCombination(const QString &name)
{
    return name == u"union" || name == u"union_all" || name == u"except" || name == u"except_all"
           || name == u"intersect" || name == u"intersect_all";
}

bool isClause(const QString &key)
{
    static const QStringList clauses{QStringLiteral("where"), QStringLiteral("or_where"), QStringLiteral("select"),
                                     QStringLiteral("select_merge"), QStringLiteral("order_by"),
                                     QStringLiteral("group_by"), QStringLiteral("having"), QStringLiteral("or_having"),
                                     QStringLiteral("limit"), QStringLiteral("offset"), QStringLiteral("distinct"),
                                     QStringLiteral("lock"), QStringLiteral("preload"), QStringLiteral("update"),
                                     QStringLiteral("windows")};
    return clauses.contains(key);
}

Result<Value> combine(const QString &kind, std::shared_ptr<Query> q, const Ast &otherAst, Bindings &env,
                      Interpreter &interpreter, QueryContext &context)
{
    const Ast other = otherAst.isCall(u"^", 1) ? otherAst.args()[0] : otherAst;
    Result<std::shared_ptr<Query>> second = queryArg(other, env, interpreter, context);
    if (!second)
        return second.failure();
    q->combinations.push_back(Combination{kind, *second});
    return QueryValue::wrap(q);
}

// from(expr, kw): the keyword syntax. Clauses see the variables bound so far.
Result<Value> fromMacro(const std::vector<Ast> &args, Bindings &env, Interpreter &interpreter, QueryContext &context)
{
    if (args.empty() || args.size() > 2)
        return Error{QStringLiteral("Ecto.Query.from/2 expects a source and a keyword list")};
    Ast sourceAst = args[0];
    Ast varsAst;
    if (sourceAst.isCall(u"in", 2)) {
        varsAst = sourceAst.args()[0];
        sourceAst = sourceAst.args()[1];
    }
    Result<std::shared_ptr<Query>> base = queryArg(sourceAst, env, interpreter, context);
    if (!base)
        return base.failure();
    std::shared_ptr<Query> q = *base;
    ClauseBuilder builder(interpreter, env, context, *q);
    BindingMap vars;
    if (varsAst.isVariable()) {
        if (varsAst.callName() != u"_")
            vars.insert(varsAst.callName(), 0);
    } else if (varsAst.isList()) {
        Result<BindingMap> b = builder.bindings(varsAst);
        if (!b)
            return b.failure();
        vars = *b;
    } else if (varsAst.isValid()) {
        return ExprBuilder::errorAt(args[0], Error{QStringLiteral("malformed from `%1`").arg(varsAst.callName()), QStringLiteral("Ecto.Query.CompileError")});
    }
    if (args.size() == 1)
        return QueryValue::wrap(q);
    if (!args[1].isList())
        return ExprBuilder::errorAt(args[0], Error{QStringLiteral("second argument to `from` must be a compile time keyword list"), QStringLiteral("Ecto.Query.CompileError")});
    const auto &kw = args[1].elements();
    for (size_t i = 0; i < kw.size(); ++i) {
        const Ast &pair = kw[i];
        if (!pair.isTuple() || !pair.elements()[0].isAtom())
            return ExprBuilder::errorAt(args[0], Error{QStringLiteral("second argument to `from` must be a compile time keyword list"), QStringLiteral("Ecto.Query.CompileError")});
        const QString key = pair.elements()[0].atomName();
        const Ast &value = pair.elements()[1];
        const elixir::SourcePos pos = value.isCall() ? value.pos() : args[0].pos();
        Result<bool> ok = true;
        if (const QString qual = joinQualOfKey(key); !qual.isEmpty()) {
            std::vector<Ast> opts;
            while (i + 1 < kw.size() && kw[i + 1].isTuple() && kw[i + 1].elements()[0].isAtom()) {
                const QString next = kw[i + 1].elements()[0].atomName();
                if (next != u"on" && next != u"as" && next != u"prefix" && next != u"hints")
                    break;
                opts.push_back(kw[++i]);
            }
            ok = builder.join(qual, vars, value, Ast::list(std::move(opts)), pos);
        } else if (key == u"as") {
            ok = builder.setAlias(0, value, pos);
        } else if (key == u"prefix") {
            if (value.isString())
                q->from.prefix = value.text();
        } else if (key == u"hints") {
            ok = builder.setHints(q->from, value, pos);
        } else if (key == u"on") {
            ok = ExprBuilder::errorAt(args[0], Error{QStringLiteral("`on` keyword must immediately follow a join"), QStringLiteral("Ecto.Query.CompileError")});
        } else if (isCombination(key)) {
            Result<Value> combined = combine(key, q, value, env, interpreter, context);
            if (!combined)
                return combined;
        } else if (isClause(key)) {
            ok = builder.apply(key, vars, value, pos);
        } else {
            ok = ExprBuilder::errorAt(args[0], Error{QStringLiteral("unsupported `%1` in keyword query expression").arg(key), QStringLiteral("Ecto.Query.CompileError")});
        }
        if (!ok)
            return ok.failure();
    }
    return QueryValue::wrap(q);
}

// where(query, binding \\ [], expr) and the other clause macros.
interpreter::HostMacro clauseMacro(const QString &kind, const Context &context)
{
    return [kind, context](const std::vector<Ast> &args, Bindings &env, Interpreter &interpreter) -> Result<Value> {
        if (args.size() < 2 || args.size() > 3)
            return Error{QStringLiteral("Ecto.Query.%1 expects a query, an optional binding list and an expression").arg(kind)};
        Result<std::shared_ptr<Query>> q = queryArg(args[0], env, interpreter, *context);
        if (!q)
            return q.failure();
        ClauseBuilder builder(interpreter, env, *context, **q);
        Result<BindingMap> vars = builder.bindings(args.size() == 3 ? args[1] : Ast());
        if (!vars)
            return vars.failure();
        const Ast &expr = args.back();
        Result<bool> ok = builder.apply(kind, *vars, expr, expr.isCall() ? expr.pos() : args[0].pos());
        if (!ok)
            return ok.failure();
        return QueryValue::wrap(*q);
    };
}

// join(query, qual, binding \\ [], expr, opts \\ [])
Result<Value> joinMacro(const std::vector<Ast> &args, Bindings &env, Interpreter &interpreter, QueryContext &context)
{
    if (args.size() < 3 || args.size() > 5)
        return Error{QStringLiteral("Ecto.Query.join expects a query, a qualifier, bindings, an expression and options")};
    Result<std::shared_ptr<Query>> q = queryArg(args[0], env, interpreter, context);
    if (!q)
        return q.failure();
    QString qual;
    if (args[1].isAtom()) {
        qual = args[1].atomName();
    } else {
        Result<Value> v = interpreter.eval(args[1].isCall(u"^", 1) ? args[1].args()[0] : args[1], env);
        if (!v)
            return v.failure();
        qual = v->atomName();
    }
    ClauseBuilder builder(interpreter, env, context, **q);
    Result<BindingMap> vars = builder.bindings(args.size() >= 4 ? args[2] : Ast());
    if (!vars)
        return vars.failure();
    BindingMap b = *vars;
    const Ast &expr = args.size() >= 4 ? args[3] : args[2];
    Result<bool> ok = builder.join(qual, b, expr, args.size() == 5 ? args[4] : Ast(), expr.isCall() ? expr.pos() : args[0].pos());
    if (!ok)
        return ok.failure();
    return QueryValue::wrap(*q);
}

// dynamic(binding \\ [], expr): escaped now, bindings resolved where it is used.
Result<Value> dynamicMacro(const std::vector<Ast> &args, Bindings &env, Interpreter &interpreter, QueryContext &context)
{
    if (args.empty() || args.size() > 2)
        return Error{QStringLiteral("Ecto.Query.dynamic expects an optional binding list and an expression")};
    std::vector<DynamicBinding> table;
    std::vector<Param> params;
    BuildScope scope{interpreter, env, context, nullptr, &table};
    Result<BindingMap> vars = ExprBuilder::bindings(args.size() == 2 ? args[0] : Ast(), scope);
    if (!vars)
        return vars.failure();
    ExprBuilder builder(scope, *vars, params);
    Result<ExprPtr> e = builder.escape(args.back());
    if (!e)
        return e.failure();
    return DynamicValue::wrap(std::move(table), *e, std::move(params));
}

// with_cte(query, name, as: query_or_fragment, materialized: bool, operation: op)
// (Ecto.Query.Builder.CTE): `as:` is a pinned query or a fragment, escaped with no
// bindings and its own parameters; the CTE replaces one of the same name where it
// stands (List.keystore/4), else goes last.
Result<Value> withCteMacro(const std::vector<Ast> &args, Bindings &env, Interpreter &interpreter, QueryContext &context)
{
    if (args.size() != 3 || !args[2].isList())
        return Error{QStringLiteral("Ecto.Query.with_cte expects a query, a name and options")};
    Result<std::shared_ptr<Query>> q = queryArg(args[0], env, interpreter, context);
    if (!q)
        return q.failure();
    Cte cte;
    Result<Value> name = interpreter.eval(args[1].isCall(u"^", 1) ? args[1].args()[0] : args[1], env);
    if (!name)
        return name.failure();
    if (!name->isBinary())
        return Error{QStringLiteral("the CTE name must be a string, got: %1").arg(name->inspect()), QStringLiteral("ArgumentError")};
    cte.name = name->text();
    const Ast as = args[2].keywordValue(u"as");
    if (!as.isValid())
        return Error{QStringLiteral("with_cte/3 expects an :as option"), QStringLiteral("Ecto.Query.CompileError")};
    if (as.isCall(u"fragment")) {
        BuildScope scope{interpreter, env, context, q->get(), nullptr};
        ExprBuilder builder(scope, BindingMap{}, cte.fragment.params);
        Result<ExprPtr> e = builder.escape(as);
        if (!e)
            return e.failure();
        cte.fragment.expr = *e;
    } else {
        Result<std::shared_ptr<Query>> inner = queryArg(as.isCall(u"^", 1) ? as.args()[0] : as, env, interpreter,
                                                        context);
        if (!inner)
            return inner.failure();
        cte.query = *inner;
    }
    const Ast materialized = args[2].keywordValue(u"materialized");
    if (materialized.isAtom(u"true") || materialized.isAtom(u"false"))
        cte.materialized = materialized.isAtom(u"true");
    const Ast operation = args[2].keywordValue(u"operation");
    if (operation.isValid()) {
        Result<Value> op = interpreter.eval(operation, env);
        if (!op)
            return op.failure();
        static const QStringList operations{QStringLiteral("all"), QStringLiteral("update_all"),
                                            QStringLiteral("delete_all"), QStringLiteral("insert_all")};
        if (!op->isNil() && (!op->isAtom() || !operations.contains(op->atomName())))
            return Error{QStringLiteral("the :operation option of with_cte/3 must be one of :all, "
                                        ":update_all, :delete_all or :insert_all, got: %1").arg(op->inspect()), QStringLiteral("ArgumentError")};
        if (!op->isNil())
            cte.operation = op->atomName();
    }
    auto &ctes = (*q)->ctes;
    auto same = std::find_if(ctes.begin(), ctes.end(), [&](const Cte &c) { return c.name == cte.name; });
    if (same != ctes.end())
        *same = std::move(cte);
    else
        ctes.push_back(std::move(cte));
    return QueryValue::wrap(*q);
}

// order_by(query, ^key) for first/last: the primary key when `key` is nil.
Result<bool> orderForFirst(Query &q, const Value &key, const QString &direction, QueryContext &context,
                           Interpreter &interpreter)
{
    Bindings env;
    std::vector<Param> none;
    BuildScope scope{interpreter, env, context, &q, nullptr};
    Clause c;
    if (key.isNil()) {
        const schema::Schema *s = context.schema(q.from.schema);
        if (!s || s->primaryKey.isEmpty())
            return Error{QStringLiteral("first/last and reverse_order need a schema with a primary "
                                        "key to order by, or an order_by"), QStringLiteral("Ecto.QueryError")};
        std::vector<ExprPtr> items;
        for (const QString &pk : s->primaryKey)
            items.push_back(Expr::order(direction, Expr::field(0, pk)));
        c.expr = Expr::list(std::move(items));
    } else {
        ExprBuilder builder(scope, {}, c.params);
        Result<ExprPtr> e = builder.orderValue(key, {});
        if (!e)
            return e.failure();
        c.expr = *e;
    }
    q.orderBys.push_back(std::move(c));
    return true;
}

QString reverseDirection(const QString &d)
{
    static const QHash<QString, QString> flip{
        {QStringLiteral("asc"), QStringLiteral("desc")},
        {QStringLiteral("desc"), QStringLiteral("asc")},
        {QStringLiteral("asc_nulls_last"), QStringLiteral("desc_nulls_first")},
        {QStringLiteral("asc_nulls_first"), QStringLiteral("desc_nulls_last")},
        {QStringLiteral("desc_nulls_first"), QStringLiteral("asc_nulls_last")},
        {QStringLiteral("desc_nulls_last"), QStringLiteral("asc_nulls_first")}};
    return flip.value(d, d);
}

Result<bool> reverseOrder(Query &q, QueryContext &context, Interpreter &interpreter)
{
    if (q.orderBys.empty())
        return orderForFirst(q, Value::nil(), QStringLiteral("desc"), context, interpreter);
    for (Clause &c : q.orderBys) {
        auto list = std::make_shared<Expr>(*c.expr);
        for (ExprPtr &item : list->args)
            item = Expr::order(reverseDirection(item->name), item->args[0]);
        c.expr = list;
    }
    return true;
}

Result<Value> firstOrLast(bool first, const std::vector<Value> &args, Interpreter &interpreter, QueryContext &context)
{
    Result<std::shared_ptr<Query>> q = queryValueArg(args[0], context);
    if (!q)
        return q.failure();
    Query &query = **q;
    const Value key = args.size() > 1 ? args[1] : Value::nil();
    if (!key.isNil()) {
        if (Result<bool> ok = orderForFirst(query, key, QStringLiteral("asc"), context, interpreter); !ok)
            return ok.failure();
    }
    if (first) {
        if (query.orderBys.empty()) {
            if (Result<bool> ok = orderForFirst(query, Value::nil(), QStringLiteral("asc"), context, interpreter); !ok)
                return ok.failure();
        }
    } else if (Result<bool> ok = reverseOrder(query, context, interpreter); !ok) {
        return ok.failure();
    }
    Clause limit;
    limit.expr = Expr::literalOf(Term::integer(1));
    query.limit = limit;
    return QueryValue::wrap(*q);
}

Result<Value> exclude(const std::vector<Value> &args, QueryContext &context)
{
    Result<std::shared_ptr<Query>> q = queryValueArg(args[0], context);
    if (!q)
        return q.failure();
    Query &query = **q;
    const QString what = args[1].isAtom() ? args[1].atomName() : args[1].text();
    if (what == u"where")
        query.wheres.clear();
    else if (what == u"select")
        query.select.reset();
    else if (what == u"order_by")
        query.orderBys.clear();
    else if (what == u"group_by")
        query.groupBys.clear();
    else if (what == u"having")
        query.havings.clear();
    else if (what == u"limit")
        query.limit.reset();
    else if (what == u"offset")
        query.offset.reset();
    else if (what == u"distinct")
        query.distinct.reset();
    else if (what == u"lock")
        query.lock.reset();
    else if (what == u"preload")
        query.preloads.clear();
    else if (what == u"update")
        query.updates.clear();
    else if (what == u"windows")
        query.windows.clear();
    else if (what == u"combinations")
        query.combinations.clear();
    else if (what == u"with_ctes")
        query.ctes.clear();
    else if (what == u"join") {
        query.joins.clear();
        for (auto it = query.aliases.begin(); it != query.aliases.end();)
            it = it.value() > 0 ? query.aliases.erase(it) : std::next(it);
    } else
        return Error{QStringLiteral("invalid query field :%1 given to exclude/2").arg(what), QStringLiteral("ArgumentError")};
    return QueryValue::wrap(*q);
}

void registerFunctions(interpreter::HostFunctions &host, const Context &context)
{
    auto subquery = [context](const std::vector<Value> &args, Interpreter &) -> Result<Value> {
        Result<QueryPtr> q = context->toQuery(args[0]);
        if (!q)
            return q.failure();
        return QueryValue::wrap(*q, true);
    };
    host.add(ectoQuery, QStringLiteral("subquery"), 1, subquery);
    host.add(ectoQuery, QStringLiteral("subquery"), 2, subquery);
    for (bool first : {true, false}) {
        const QString name = first ? QStringLiteral("first") : QStringLiteral("last");
        auto fn = [context, first](const std::vector<Value> &args, Interpreter &i) { return firstOrLast(first, args, i, *context); };
        host.add(ectoQuery, name, 1, fn);
        host.add(ectoQuery, name, 2, fn);
    }
    host.add(ectoQuery, QStringLiteral("exclude"), 2,
             [context](const std::vector<Value> &args, Interpreter &) { return exclude(args, *context); });
    host.add(ectoQuery, QStringLiteral("reverse_order"), 1, [context](const std::vector<Value> &args, Interpreter &i) -> Result<Value> {
        Result<std::shared_ptr<Query>> q = queryValueArg(args[0], *context);
        if (!q)
            return q.failure();
        if (Result<bool> ok = reverseOrder(**q, *context, i); !ok)
            return ok.failure();
        return QueryValue::wrap(*q);
    });
    host.add(ectoQuery, QStringLiteral("recursive_ctes"), 2, [context](const std::vector<Value> &args, Interpreter &) -> Result<Value> {
        Result<std::shared_ptr<Query>> q = queryValueArg(args[0], *context);
        if (!q)
            return q.failure();
        (*q)->recursiveCtes = args[1].isTrue();
        return QueryValue::wrap(*q);
    });
    host.add(ectoQuery, QStringLiteral("has_named_binding?"), 2, [context](const std::vector<Value> &args, Interpreter &) -> Result<Value> {
        Result<QueryPtr> q = context->toQuery(args[0]);
        if (!q)
            return q.failure();
        return Value::boolean((*q)->aliases.contains(args[1].atomName()));
    });
    host.add(ectoQuery, QStringLiteral("with_named_binding"), 3, [context](const std::vector<Value> &args, Interpreter &i) -> Result<Value> {
        Result<QueryPtr> q = context->toQuery(args[0]);
        if (!q)
            return q.failure();
        if ((*q)->aliases.contains(args[1].atomName()))
            return QueryValue::wrap(*q);
        const int arity = args[2].isFunction() ? args[2].function()->arity : 0;
        if (arity == 1)
            return i.apply(args[2], {QueryValue::wrap(*q)});
        return i.apply(args[2], {QueryValue::wrap(*q), args[1]});
    });
    host.add(ectoQuery, QStringLiteral("put_query_prefix"), 2, [context](const std::vector<Value> &args, Interpreter &) -> Result<Value> {
        Result<std::shared_ptr<Query>> q = queryValueArg(args[0], *context);
        if (!q)
            return q.failure();
        if (!args[1].isNil() && !args[1].isBinary())
            return Error{QStringLiteral("the query prefix must be a string or nil, got: %1").arg(args[1].inspect()), QStringLiteral("ArgumentError")};
        (*q)->prefix = args[1].isNil() ? QString() : args[1].text();
        return QueryValue::wrap(*q);
    });
}

} // namespace

void QueryMacros::registerAll(interpreter::HostFunctions &host, std::shared_ptr<QueryContext> context)
{
    host.addMacro(ectoQuery, QStringLiteral("from"), [context](const std::vector<Ast> &args, Bindings &env, Interpreter &i) {
        return fromMacro(args, env, i, *context);
    });
    host.addMacro(ectoQuery, QStringLiteral("join"), [context](const std::vector<Ast> &args, Bindings &env, Interpreter &i) {
        return joinMacro(args, env, i, *context);
    });
    host.addMacro(ectoQuery, QStringLiteral("dynamic"), [context](const std::vector<Ast> &args, Bindings &env, Interpreter &i) {
        return dynamicMacro(args, env, i, *context);
    });
    host.addMacro(ectoQuery, QStringLiteral("with_cte"), [context](const std::vector<Ast> &args, Bindings &env, Interpreter &i) {
        return withCteMacro(args, env, i, *context);
    });
    for (const char *kind : {"where", "or_where", "having", "or_having", "select", "select_merge", "order_by", "group_by",
                             "distinct", "limit", "offset", "lock", "preload", "update", "windows"}) {
        const QString name = QString::fromLatin1(kind);
        host.addMacro(ectoQuery, name, clauseMacro(name, context), 2);
        host.addMacro(ectoQuery, name, clauseMacro(name, context), 3);
    }
    for (const char *kind : {"union", "union_all", "except", "except_all", "intersect", "intersect_all"}) {
        const QString name = QString::fromLatin1(kind);
        host.addMacro(ectoQuery, name, [name, context](const std::vector<Ast> &args, Bindings &env, Interpreter &i) -> Result<Value> {
            if (args.size() != 2)
                return Error{QStringLiteral("Ecto.Query.%1 expects two queries").arg(name)};
            Result<std::shared_ptr<Query>> q = queryArg(args[0], env, i, *context);
            if (!q)
                return q.failure();
            return combine(name, *q, args[1], env, i, *context);
        }, 2);
    }
    registerFunctions(host, context);
}

} // namespace ectowb::query
