#include "clausebuilder.h"

#include "preloadbuilder.h"
#include "query/host/querycontext.h"
#include "query/host/queryvalue.h"

#include "value/termvalue.h"
#include "interpreter/interpreter.h"

#include <algorithm>

namespace ectowb::query {

using elixir::Ast;
using interpreter::Value;

namespace {

Error errorWith(const Error &error, elixir::SourcePos pos)
{
    return error.at(pos.line, pos.column);
}


// Keyword.merge/2 of two select maps: keys of `right` replace those of `left` and
// go to the end.
ExprPtr mergeMaps(const Expr &left, const Expr &right)
{
    auto merged = Expr::make(Expr::Kind::Map);
    for (size_t i = 0; i < left.texts.size(); ++i) {
        if (std::find(right.texts.begin(), right.texts.end(), left.texts[i]) != right.texts.end())
            continue;
        merged->texts.push_back(left.texts[i]);
        merged->args.push_back(left.args[i]);
    }
    for (size_t i = 0; i < right.texts.size(); ++i) {
        merged->texts.push_back(right.texts[i]);
        merged->args.push_back(right.args[i]);
    }
    return merged;
}

} // namespace

ClauseBuilder::ClauseBuilder(interpreter::Interpreter &interpreter, interpreter::Bindings &env, QueryContext &context,
                             Query &query)
    : m_interpreter(interpreter), m_env(env), m_context(context), m_query(query)
{
}

BuildScope ClauseBuilder::scope()
{
    return BuildScope{m_interpreter, m_env, m_context, &m_query, nullptr};
}

Result<BindingMap> ClauseBuilder::bindings(const Ast &list)
{
    BuildScope s = scope();
    return ExprBuilder::bindings(list, s);
}

Result<bool> ClauseBuilder::apply(const QString &kind, const BindingMap &vars, const Ast &expr, elixir::SourcePos pos)
{
    if (kind == u"where" || kind == u"or_where" || kind == u"having" || kind == u"or_having")
        return filter(kind, vars, expr, pos);
    if (kind == u"select" || kind == u"select_merge")
        return select(kind == u"select_merge", vars, expr, pos);
    if (kind == u"update")
        return update(vars, expr, pos);
    if (kind == u"preload")
        return preload(vars, expr, pos);
    if (kind == u"windows")
        return windows(vars, expr);
    Clause c;
    c.pos = pos;
    ExprBuilder b(scope(), vars, c.params);
    Result<ExprPtr> e = Error{QString()};
    if (kind == u"order_by") {
        e = b.escapeOrderList(expr);
    } else if (kind == u"group_by") {
        e = b.escapeByList(expr);
    } else if (kind == u"limit" || kind == u"offset") {
        e = b.escape(expr, QueryType::primitive(QStringLiteral("integer")));
    } else if (kind == u"distinct") {
        if (expr.isAtom(u"true") || expr.isAtom(u"false")) {
            e = Expr::literalOf(Term::boolean(expr.isAtom(u"true")));
        } else if (expr.isCall(u"^", 1)) {
            Result<Value> v = b.evaluate(expr.args()[0]);
            if (!v)
                return v.failure();
            e = v->isBoolean() ? Result<ExprPtr>(Expr::literalOf(Term::boolean(v->isTrue()))) : b.orderValue(*v, pos);
        } else {
            e = b.escapeOrderList(expr);
        }
    } else if (kind == u"lock") {
        if (expr.isString()) {
            e = Expr::literalOf(Term::string(expr.text()));
        } else if (expr.isCall(u"fragment")) {
            e = b.escape(expr);
        } else if (expr.isCall(u"^", 1)) {
            Result<Value> v = b.evaluate(expr.args()[0]);
            if (!v)
                return v.failure();
            if (!v->isBinary())
                return errorWith(Error{QStringLiteral("lock/3 expects a string or a fragment"), QStringLiteral("Ecto.Query.CompileError")}, pos);
            e = Expr::literalOf(Term::string(v->text()));
        } else {
            return errorWith(Error{QStringLiteral("`%1` is not a valid lock. For security reasons, "
                                            "a lock must always be a literal string or a fragment").arg(expr.callName()), QStringLiteral("Ecto.Query.CompileError")},
                             pos);
        }
    } else {
        return errorWith(Error{QStringLiteral("unsupported %1 in keyword query expression").arg(kind), QStringLiteral("Ecto.Query.CompileError")}, pos);
    }
    if (!e)
        return e.failure();
    c.expr = *e;
    if (kind == u"order_by")
        m_query.orderBys.push_back(std::move(c));
    else if (kind == u"group_by")
        m_query.groupBys.push_back(std::move(c));
    else if (kind == u"limit")
        m_query.limit = std::move(c);
    else if (kind == u"offset")
        m_query.offset = std::move(c);
    else if (kind == u"distinct")
        m_query.distinct = std::move(c);
    else
        m_query.lock = std::move(c);
    return true;
}

Result<bool> ClauseBuilder::filter(const QString &kind, const BindingMap &vars, const Ast &expr, elixir::SourcePos pos)
{
    Clause c;
    c.isOr = kind.startsWith(u"or_");
    c.pos = pos;
    ExprBuilder b(scope(), vars, c.params);
    Result<ExprPtr> e = Error{QString()};
    if (expr.isList()) {
        e = b.escapeKeywordFilter(expr, 0);
    } else if (expr.isCall(u"^", 1)) {
        Result<Value> v = b.evaluate(expr.args()[0]);
        if (!v)
            return v.failure();
        if (const DynamicValue *dyn = DynamicValue::unwrap(*v))
            e = b.inlineDynamic(*dyn, pos);
        else if (v->isKeyword())
            e = b.keywordFilter(*v, 0, pos);
        else if (v->isBoolean())
            e = Expr::literalOf(Term::boolean(v->isTrue()));
        else
            return errorWith(Error{QStringLiteral("expected a keyword list or dynamic expression in `%1`, got: `%2`")
                                 .arg(kind, v->inspect()), QStringLiteral("ArgumentError")},
                             pos);
    } else {
        e = b.escape(expr, QueryType::primitive(QStringLiteral("boolean")));
    }
    if (!e)
        return e.failure();
    c.expr = *e;
    (kind.endsWith(u"where") ? m_query.wheres : m_query.havings).push_back(std::move(c));
    return true;
}

Result<bool> ClauseBuilder::select(bool merge, const BindingMap &vars, const Ast &expr, elixir::SourcePos pos)
{
    if (!merge && m_query.select)
        return errorWith(Error{QStringLiteral("only one select expression is allowed in query; if "
                                        "you want to do additional selections, use select_merge/3"), QStringLiteral("Ecto.Query.CompileError")},
                         pos);
    Clause c;
    c.pos = pos;
    ExprBuilder b(scope(), vars, c.params);
    Result<ExprPtr> e = Error{QString()};
    if (expr.isCall(u"^", 1)) {
        // select: ^fields takes fields of the first binding.
        Result<Value> v = b.evaluate(expr.args()[0]);
        if (!v)
            return v.failure();
        if (v->isMap()) {
            // select: ^%{key: dynamic(...)}: a map in key order, dynamics expanded
            // in place, other values interpolated
            std::vector<const Value::Pair *> pairs;
            for (const Value::Pair &kv : v->pairs())
                pairs.push_back(&kv);
            std::sort(pairs.begin(), pairs.end(), [](const Value::Pair *a, const Value::Pair *b) {
                return a->first.isAtom() && b->first.isAtom() ? a->first.atomName() < b->first.atomName() : false;
            });
            auto map = Expr::make(Expr::Kind::Map);
            for (const Value::Pair *kv : pairs) {
                ExprPtr value;
                if (const DynamicValue *dyn = DynamicValue::unwrap(kv->second)) {
                    Result<ExprPtr> x = b.inlineDynamic(*dyn, pos);
                    if (!x)
                        return x.failure();
                    value = *x;
                } else {
                    Result<Term> t = value::TermValue::fromValue(kv->second);
                    if (!t)
                        return errorWith(t.failure(), pos);
                    Param p;
                    p.value = *t;
                    p.pos = pos;
                    value = Expr::param(b.addParam(std::move(p)));
                }
                map->texts.push_back(kv->first.isAtom() ? kv->first.atomName() : kv->first.text());
                map->args.push_back(value);
            }
            e = ExprPtr(map);
        } else if (!v->isList()) {
            return errorWith(Error{QStringLiteral("expected a list of fields in select, got: `%1`").arg(v->inspect()), QStringLiteral("ArgumentError")}, pos);
        } else {
            auto take = Expr::make(Expr::Kind::Take);
            take->binding = 0;
            take->name = QStringLiteral("any");
            for (const Value &f : v->elements()) {
                if (f.isAtom())
                    take->texts.push_back(f.atomName());
                else if (f.isTuple(2) && f.elements()[0].isAtom())
                    take->texts.push_back(f.elements()[0].atomName());
            }
            e = ExprPtr(take);
        }
    } else {
        e = b.escapeSelect(expr);
    }
    if (!e)
        return e.failure();
    if (!merge) {
        c.expr = *e;
        m_query.select = std::move(c);
        return true;
    }
    Clause old = m_query.select ? *m_query.select : Clause::of(Expr::source(0));
    const int offset = int(old.params.size());
    const ExprPtr right = offset == 0 ? *e : (*e)->rebased([](int i) { return i; }, offset);
    for (Param &p : c.params)
        old.params.push_back(std::move(p));
    // Ecto.Query.Builder.Select.merge/6 folds a map into a map or struct at build time
    // only while the old select has no parameters, and by Keyword.merge only when both
    // have atom keys; otherwise it keeps {:merge, [], [old, new]} and the planner
    // selects every field of both sides.
    const Expr::Kind oldKind = old.expr->kind;
    const bool foldable = offset == 0 && right->kind == Expr::Kind::Map
                          && (oldKind == Expr::Kind::Map || oldKind == Expr::Kind::Struct);
    if (foldable && oldKind == Expr::Kind::Map && old.expr->args.empty()) {
        old.expr = right;
    } else if (foldable && right->args.empty()) {
        // the old select stays
    } else if (foldable && old.expr->atomKeys && right->atomKeys) {
        auto merged = std::make_shared<Expr>(*mergeMaps(*old.expr, *right));
        merged->kind = oldKind;
        merged->name = old.expr->name;
        old.expr = merged;
    } else {
        auto m = Expr::make(Expr::Kind::Merge);
        m->args = {old.expr, right};
        old.expr = m;
    }
    m_query.select = std::move(old);
    return true;
}

// Ecto.Query.Builder.Update: the values written in the source form one update
// expression (operators and fields in source order), and the pinned ones (`f: ^v`,
// `set: ^kw`, `^[set: ...]`) a second one appended after it, so their SET items
// come last and their parameters are numbered after the first one's.
Result<bool> ClauseBuilder::update(const BindingMap &vars, const Ast &expr, elixir::SourcePos pos)
{
    UpdateClause u;
    u.pos = pos;
    UpdateClause runtime;
    runtime.pos = pos;
    ExprBuilder b(scope(), vars, u.params);
    ExprBuilder rb(scope(), vars, runtime.params);
    auto typeFor = [](const QString &op, const QString &field) {
        const QueryType t = QueryType::field(0, field);
        return op == u"push" || op == u"pull" ? QueryType::out(t) : t;
    };
    auto checkOp = [&](const QString &op) -> Result<bool> {
        if (op == u"set" || op == u"inc" || op == u"push" || op == u"pull")
            return true;
        return errorWith(Error{QStringLiteral("unknown key `:%1` in update").arg(op), QStringLiteral("Ecto.Query.CompileError")}, pos);
    };
    auto runtimeValue = [&](const QString &op, const QString &field, const Value &value) -> Result<bool> {
        Result<Term> t = value::TermValue::fromValue(value);
        if (!t)
            return errorWith(t.failure(), pos);
        Param p;
        p.value = *t;
        p.type = typeFor(op, field);
        p.pos = pos;
        runtime.ops.push_back({op, field, Expr::param(rb.addParam(std::move(p)))});
        return true;
    };
    // Values given at runtime become parameters.
    auto runtimeOp = [&](const QString &op, const Value &fields) -> Result<bool> {
        if (!fields.isKeyword())
            return errorWith(Error{QStringLiteral("expected a keyword list of fields in update, got: `%1`").arg(fields.inspect()), QStringLiteral("ArgumentError")}, pos);
        for (const Value &kv : fields.elements()) {
            if (Result<bool> ok = runtimeValue(op, kv.elements()[0].atomName(), kv.elements()[1]); !ok)
                return ok;
        }
        return true;
    };
    if (expr.isCall(u"^", 1)) {
        Result<Value> v = b.evaluate(expr.args()[0]);
        if (!v)
            return v.failure();
        if (!v->isKeyword())
            return errorWith(Error{QStringLiteral("expected a keyword list in update, got: `%1`").arg(v->inspect()), QStringLiteral("ArgumentError")}, pos);
        for (const Value &kv : v->elements()) {
            const QString op = kv.elements()[0].atomName();
            if (Result<bool> ok = checkOp(op); !ok)
                return ok;
            if (Result<bool> ok = runtimeOp(op, kv.elements()[1]); !ok)
                return ok;
        }
    } else if (expr.isList()) {
        for (const Ast &opKv : expr.elements()) {
            if (!opKv.isTuple() || !opKv.elements()[0].isAtom())
                return errorWith(Error{QStringLiteral("malformed update `%1` in query expression").arg(opKv.callName()), QStringLiteral("Ecto.Query.CompileError")}, pos);
            const QString op = opKv.elements()[0].atomName();
            if (Result<bool> ok = checkOp(op); !ok)
                return ok;
            const Ast &fields = opKv.elements()[1];
            if (fields.isCall(u"^", 1)) {
                Result<Value> v = b.evaluate(fields.args()[0]);
                if (!v)
                    return v.failure();
                if (Result<bool> ok = runtimeOp(op, *v); !ok)
                    return ok;
                continue;
            }
            if (!fields.isList())
                return errorWith(Error{QStringLiteral("malformed :%1 in update, expected a keyword list").arg(op), QStringLiteral("Ecto.Query.CompileError")}, pos);
            for (const Ast &kv : fields.elements()) {
                if (!kv.isTuple() || !kv.elements()[0].isAtom())
                    return errorWith(Error{QStringLiteral("malformed :%1 in update, expected a keyword list").arg(op), QStringLiteral("Ecto.Query.CompileError")}, pos);
                const QString field = kv.elements()[0].atomName();
                const Ast &valueAst = kv.elements()[1];
                if (valueAst.isCall(u"^", 1)) {
                    Result<Value> v = rb.evaluate(valueAst.args()[0]);
                    if (!v)
                        return v.failure();
                    if (Result<bool> ok = runtimeValue(op, field, *v); !ok)
                        return ok;
                    continue;
                }
                Result<ExprPtr> value = b.escape(valueAst, typeFor(op, field));
                if (!value)
                    return value.failure();
                u.ops.push_back({op, field, *value});
            }
        }
    } else {
        return errorWith(Error{QStringLiteral("malformed update `%1` in query expression, expected "
                                        "a keyword list with set/push/pop as keys").arg(expr.callName()), QStringLiteral("Ecto.Query.CompileError")},
                         pos);
    }
    if (!u.ops.empty())
        m_query.updates.push_back(std::move(u));
    if (!runtime.ops.empty())
        m_query.updates.push_back(std::move(runtime));
    return true;
}

Result<bool> ClauseBuilder::preloadInto(std::vector<Preload> &out, const BindingMap &vars, const Ast &expr)
{
    if (expr.isAtom()) {
        out.push_back(Preload{expr.atomName(), -1, nullptr, {}});
        return true;
    }
    if (expr.isList()) {
        for (const Ast &item : expr.elements()) {
            if (Result<bool> ok = preloadInto(out, vars, item); !ok)
                return ok;
        }
        return true;
    }
    if (expr.isCall(u"^", 1)) {
        Result<Value> v = m_interpreter.eval(expr.args()[0], m_env);
        if (!v)
            return v.failure();
        return PreloadBuilder::parse(*v, out);
    }
    if (expr.isTuple() && expr.elements()[0].isAtom()) {
        Preload p;
        p.assoc = expr.elements()[0].atomName();
        Ast inner = expr.elements()[1];
        Ast nested;
        if (inner.isTuple() && inner.elements()[0].isVariable()) {
            nested = inner.elements()[1];
            inner = inner.elements()[0];
        }
        if (inner.isVariable()) {
            const auto it = vars.constFind(inner.callName());
            if (it == vars.constEnd())
                return ExprBuilder::errorAt(inner, Error{QStringLiteral("unbound variable `%1` in "
                                                                  "preload").arg(inner.callName()), QStringLiteral("Ecto.Query.CompileError")});
            p.binding = *it;
            if (nested.isValid()) {
                if (Result<bool> ok = preloadInto(p.children, vars, nested); !ok)
                    return ok;
            }
        } else if (inner.isCall(u"^", 1)) {
            Result<Value> v = m_interpreter.eval(inner.args()[0], m_env);
            if (!v)
                return v.failure();
            if (const QueryValue *q = QueryValue::unwrap(*v))
                p.query = q->query();
            else if (!v->isFunction() && !v->isNil())
                if (Result<bool> ok = PreloadBuilder::parse(*v, p.children); !ok)
                    return ok;
        } else if (Result<bool> ok = preloadInto(p.children, vars, inner); !ok) {
            return ok;
        }
        out.push_back(std::move(p));
        return true;
    }
    return ExprBuilder::errorAt(expr, Error{QStringLiteral("malformed preload `%1` in query "
                                                     "expression").arg(expr.callName()), QStringLiteral("Ecto.Query.CompileError")});
}

Result<bool> ClauseBuilder::preload(const BindingMap &vars, const Ast &expr, elixir::SourcePos pos)
{
    Result<bool> ok = preloadInto(m_query.preloads, vars, expr);
    if (!ok)
        return errorWith(ok.failure(), pos);
    return true;
}

Result<bool> ClauseBuilder::windows(const BindingMap &vars, const Ast &expr)
{
    if (!expr.isList())
        return ExprBuilder::errorAt(expr, Error{QStringLiteral("windows/3 expects a keyword list"), QStringLiteral("Ecto.Query.CompileError")});
    for (const Ast &kv : expr.elements()) {
        if (!kv.isTuple() || !kv.elements()[0].isAtom())
            return ExprBuilder::errorAt(expr, Error{QStringLiteral("windows/3 expects a keyword list"), QStringLiteral("Ecto.Query.CompileError")});
        Window w;
        w.name = kv.elements()[0].atomName();
        for (const Window &existing : m_query.windows) {
            if (existing.name == w.name)
                return ExprBuilder::errorAt(expr, Error{QStringLiteral("window with name %1 is already defined").arg(w.name), QStringLiteral("Ecto.Query.CompileError")});
        }
        ExprBuilder b(scope(), vars, w.definition.params);
        Result<ExprPtr> def = b.escapeWindow(kv.elements()[1]);
        if (!def)
            return def.failure();
        w.definition.expr = *def;
        m_query.windows.push_back(std::move(w));
    }
    return true;
}

} // namespace ectowb::query
