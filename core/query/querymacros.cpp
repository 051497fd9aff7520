#include "querymacros.h"

#include "exprbuilder.h"
#include "sourceevaluator.h"

namespace ectowb::query {

using elixir::Ast;

namespace {

const QStringList &macroNames()
{
    static const QStringList names{
        QStringLiteral("from"), QStringLiteral("where"), QStringLiteral("or_where"), QStringLiteral("select"),
        QStringLiteral("select_merge"), QStringLiteral("join"), QStringLiteral("order_by"),
        QStringLiteral("group_by"), QStringLiteral("having"), QStringLiteral("or_having"), QStringLiteral("limit"),
        QStringLiteral("offset"), QStringLiteral("distinct"), QStringLiteral("preload"), QStringLiteral("update"),
        QStringLiteral("lock"), QStringLiteral("exclude"), QStringLiteral("reverse_order"), QStringLiteral("first"),
        QStringLiteral("last"), QStringLiteral("union"), QStringLiteral("union_all"), QStringLiteral("except"),
        QStringLiteral("except_all"), QStringLiteral("intersect"), QStringLiteral("intersect_all"),
        QStringLiteral("with_cte"), QStringLiteral("recursive_ctes"), QStringLiteral("dynamic"),
        QStringLiteral("has_named_binding?"), QStringLiteral("with_named_binding"), QStringLiteral("windows"),
        QStringLiteral("subquery")};
    return names;
}

QString joinQual(const QString &key)
{
    if (key == u"join" || key == u"inner_join")
        return QStringLiteral("inner");
    if (key.endsWith(QStringLiteral("_join")))
        return key.chopped(5);
    return {};
}

// Edits one query with the clauses of from/2 or of the pipe macros.
class Editor
{
public:
    Editor(SourceEvaluator &ev, Env &env, Query &q) : m_ev(ev), m_env(env), m_q(q) {}

    Result<bool> clause(const QString &name, const Ast &bindings, const Ast &expr);
    Result<bool> join(const QString &qual, const Ast &bindings, const Ast &expr, const Ast &opts);
    Result<bool> setJoinOn(const BindingMap &bindings, const Ast &on);

private:
    Result<Clause> build(const BindingMap &b, const Ast &expr);
    Result<bool> update(const BindingMap &b, const Ast &expr);
    Result<bool> distinct(const BindingMap &b, const Ast &expr);
    Result<Source> source(const Ast &expr, int &assocBinding, QString &assocName, const BindingMap &b);

    SourceEvaluator &m_ev;
    Env &m_env;
    Query &m_q;
};

Result<Clause> Editor::build(const BindingMap &b, const Ast &expr)
{
    Clause c;
    ExprBuilder builder(m_ev, m_env, m_q, b, c.params);
    auto e = builder.build(expr);
    if (!e)
        return Error{e.error()};
    c.expr = *e;
    return c;
}

Result<bool> Editor::clause(const QString &name, const Ast &bindingsAst, const Ast &expr)
{
    auto bindings = ExprBuilder::bindingsOf(m_q, bindingsAst);
    if (!bindings)
        return Error{bindings.error()};
    const BindingMap &b = *bindings;
    if (name == u"where" || name == u"or_where" || name == u"having" || name == u"or_having") {
        Clause c;
        ExprBuilder builder(m_ev, m_env, m_q, b, c.params);
        auto e = expr.isKeywordList() ? builder.buildKeywordFilter(expr, 0) : builder.build(expr);
        if (!e)
            return Error{e.error()};
        c.expr = *e;
        c.isOr = name.startsWith(QStringLiteral("or_"));
        (name.endsWith(QStringLiteral("where")) ? m_q.wheres : m_q.havings).push_back(c);
        return true;
    }
    if (name == u"select" || name == u"select_merge") {
        if (name == u"select" && m_q.select)
            return SourceEvaluator::errorAt(expr, QStringLiteral("Ecto.Query.CompileError: only one select expression is allowed in query"));
        Clause c;
        if (expr.isList() && !expr.elements().empty() && expr.elements()[0].isAtom()) {
            auto e = std::make_shared<Expr>();
            e->kind = Expr::Kind::StructFields;
            for (const Ast &f : expr.elements())
                e->texts.push_back(f.atomName());
            c.expr = e;
        } else {
            auto built = build(b, expr);
            if (!built)
                return Error{built.error()};
            c = *built;
        }
        if (name == u"select_merge" && m_q.select) {
            // Merged at plan time: keep both, as Ecto merges the expressions.
            auto merged = std::make_shared<Expr>();
            merged->kind = Expr::Kind::Op;
            merged->name = QStringLiteral("merge");
            merged->args = {m_q.select->expr, c.expr};
            Clause out = *m_q.select;
            const int offset = int(out.params.size());
            // Shift the merged expression's parameters after the existing ones.
            for (const Param &p : c.params)
                out.params.push_back(p);
            if (offset > 0 && !c.params.empty())
                return SourceEvaluator::errorAt(expr, QStringLiteral("select_merge with parameters on both sides is not supported"));
            out.expr = merged;
            m_q.select = out;
        } else if (name == u"select_merge") {
            auto merged = std::make_shared<Expr>();
            merged->kind = Expr::Kind::Op;
            merged->name = QStringLiteral("merge");
            auto whole = std::make_shared<Expr>();
            whole->kind = Expr::Kind::Binding;
            merged->args = {whole, c.expr};
            c.expr = merged;
            m_q.select = c;
        } else {
            m_q.select = c;
        }
        return true;
    }
    if (name == u"order_by" || name == u"group_by") {
        Clause c;
        ExprBuilder builder(m_ev, m_env, m_q, b, c.params);
        auto e = name == u"order_by" ? builder.buildOrderList(expr) : builder.buildExprList(expr);
        if (!e)
            return Error{e.error()};
        c.expr = *e;
        (name == u"order_by" ? m_q.orderBys : m_q.groupBys).push_back(c);
        return true;
    }
    if (name == u"limit" || name == u"offset") {
        auto c = build(b, expr);
        if (!c)
            return Error{c.error()};
        Clause limited = *c;
        for (Param &p : limited.params)
            p.type = QStringLiteral("integer");
        (name == u"limit" ? m_q.limit : m_q.offset) = limited;
        return true;
    }
    if (name == u"distinct")
        return distinct(b, expr);
    if (name == u"update")
        return update(b, expr);
    if (name == u"lock") {
        if (!expr.isString())
            return SourceEvaluator::errorAt(expr, QStringLiteral("only string locks are supported"));
        m_q.lock = expr.text();
        return true;
    }
    if (name == u"preload") {
        for (const Ast &item : expr.isList() ? expr.elements() : elixir::AstSpan(&expr, 1)) {
            if (item.isTuple() && item.elements()[1].isVariable()) {
                const auto it = b.constFind(item.elements()[1].callName());
                if (it != b.constEnd())
                    m_q.preloadBindings.push_back(*it);
            }
        }
        return true;
    }
    if (name == u"windows") {
        for (const Ast &kv : expr.elements()) {
            Window w;
            w.name = kv.elements()[0].atomName();
            ExprBuilder builder(m_ev, m_env, m_q, b, w.definition.params);
            auto partition = builder.buildExprList(kv.elements()[1].keywordValue(u"partition_by"));
            auto order = builder.buildOrderList(kv.elements()[1].keywordValue(u"order_by"));
            if (!partition || !order)
                return Error{partition ? order.error() : partition.error()};
            w.definition.expr = Expr::op(QStringLiteral("window"), {*partition, *order});
            m_q.windows.push_back(w);
        }
        return true;
    }
    return SourceEvaluator::errorAt(expr, QStringLiteral("unsupported query clause %1").arg(name));
}

Result<bool> Editor::distinct(const BindingMap &b, const Ast &expr)
{
    Clause c;
    if (expr.isAtom(u"true") || expr.isAtom(u"false")) {
        c.expr = Expr::literalOf(Term::boolean(expr.isAtom(u"true")));
    } else {
        ExprBuilder builder(m_ev, m_env, m_q, b, c.params);
        auto e = builder.buildOrderList(expr);
        if (!e)
            return Error{e.error()};
        c.expr = *e;
    }
    m_q.distinct = c;
    return true;
}

Result<bool> Editor::update(const BindingMap &b, const Ast &expr)
{
    UpdateClause u;
    ExprBuilder builder(m_ev, m_env, m_q, b, u.params);
    for (const Ast &opKv : expr.elements()) {
        const QString op = opKv.elements()[0].atomName();
        if (op != u"set" && op != u"inc" && op != u"push" && op != u"pull")
            return SourceEvaluator::errorAt(expr, QStringLiteral("unknown key `%1` in update").arg(op));
        for (const Ast &kv : opKv.elements()[1].elements()) {
            auto value = builder.build(kv.elements()[1]);
            if (!value)
                return Error{value.error()};
            const QString field = kv.elements()[0].atomName();
            if ((*value)->kind == Expr::Kind::Param) {
                Param &p = u.params[size_t((*value)->param)];
                p.binding = 0;
                p.field = field;
                p.arrayElement = op == u"push" || op == u"pull";
            }
            u.updates.push_back(Update{op, field, *value});
        }
    }
    m_q.updates.push_back(u);
    return true;
}

Result<Source> Editor::source(const Ast &expr, int &assocBinding, QString &assocName, const BindingMap &b)
{
    Source s;
    if (expr.isCall(u"assoc", 2)) {
        const auto it = b.constFind(expr.args()[0].callName());
        if (it == b.constEnd())
            return SourceEvaluator::errorAt(expr, QStringLiteral("unbound variable in assoc/2"));
        assocBinding = *it;
        assocName = expr.args()[1].atomName();
        s.kind = Source::Kind::Schema;
        return s;
    }
    if (expr.isCall(u"subquery", 1)) {
        auto v = m_ev.eval(expr.args()[0], m_env);
        if (!v)
            return Error{v.error()};
        auto q = m_ev.toQuery(*v, expr);
        if (!q)
            return Error{q.error()};
        s.kind = Source::Kind::Subquery;
        s.subquery = *q;
        return s;
    }
    if (expr.isCall(u"fragment")) {
        ExprBuilder builder(m_ev, m_env, m_q, b, s.fragment.params);
        auto e = builder.build(expr);
        if (!e)
            return Error{e.error()};
        s.kind = Source::Kind::Fragment;
        s.fragment.expr = *e;
        return s;
    }
    auto v = m_ev.eval(expr, m_env);
    if (!v)
        return Error{v.error()};
    auto q = m_ev.toQuery(*v, expr);
    if (!q)
        return Error{q.error()};
    if ((*q)->joins.empty() && (*q)->wheres.empty() && !(*q)->select)
        return (*q)->from;
    s.kind = Source::Kind::Subquery;
    s.subquery = *q;
    return s;
}

Result<bool> Editor::join(const QString &qual, const Ast &bindingsAst, const Ast &expr, const Ast &opts)
{
    auto bindings = ExprBuilder::bindingsOf(m_q, bindingsAst);
    if (!bindings)
        return Error{bindings.error()};
    BindingMap b = *bindings;
    Join j;
    j.qual = qual;
    Ast sourceAst = expr;
    if (expr.isCall(u"in", 2)) {
        b.insert(expr.args()[0].callName(), m_q.bindingCount());
        sourceAst = expr.args()[1];
    }
    auto s = source(sourceAst, j.assocBinding, j.assocName, b);
    if (!s)
        return Error{s.error()};
    j.source = *s;
    m_q.joins.push_back(j);
    m_q.aliases.resize(size_t(m_q.bindingCount()));
    if (opts.isValid()) {
        const Ast as = opts.keywordValue(u"as");
        if (as.isValid()) {
            auto name = as.isCall(u"^", 1) ? m_ev.eval(as.args()[0], m_env) : Result<EvalValue>(EvalValue(Term::atom(as.atomName())));
            if (!name)
                return Error{name.error()};
            m_q.aliases.back() = name->term().text();
        }
        const Ast on = opts.keywordValue(u"on");
        if (on.isValid())
            return setJoinOn(b, on);
    }
    return true;
}

Result<bool> Editor::setJoinOn(const BindingMap &b, const Ast &on)
{
    Join &j = m_q.joins.back();
    Clause c;
    ExprBuilder builder(m_ev, m_env, m_q, b, c.params);
    auto e = on.isKeywordList() ? builder.buildKeywordFilter(on, m_q.bindingCount() - 1) : builder.build(on);
    if (!e)
        return Error{e.error()};
    c.expr = *e;
    j.on = c;
    j.hasOn = true;
    return true;
}

Result<EvalValue> fromKeyword(SourceEvaluator &ev, Env &env, const Ast &ast)
{
    const auto &args = ast.args();
    Ast sourceAst = args[0];
    QString var;
    if (sourceAst.isCall(u"in", 2)) {
        var = sourceAst.args()[0].callName();
        sourceAst = sourceAst.args()[1];
    }
    auto q = std::make_shared<Query>();
    if (sourceAst.isCall(u"subquery", 1)) {
        auto v = ev.eval(sourceAst.args()[0], env);
        if (!v)
            return v;
        auto inner = ev.toQuery(*v, sourceAst);
        if (!inner)
            return Error{inner.error()};
        q->from.kind = Source::Kind::Subquery;
        q->from.subquery = *inner;
        q->aliases.resize(1);
    } else {
        auto v = ev.eval(sourceAst, env);
        if (!v)
            return v;
        auto base = ev.toQuery(*v, sourceAst);
        if (!base)
            return Error{base.error()};
        *q = **base;
    }
    Editor editor(ev, env, *q);
    std::vector<Ast> vars;
    vars.push_back(var.isEmpty() ? Ast::variable(QStringLiteral("_"), {}) : Ast::variable(var, {}));
    for (int i = 1; i < q->bindingCount(); ++i)
        vars.push_back(Ast::variable(QStringLiteral("_"), {}));
    bool lastWasJoin = false;
    const elixir::AstSpan opts = args.size() > 1 ? args[1].elements() : elixir::AstSpan();
    for (const Ast &kv : opts) {
        const QString key = kv.elements()[0].atomName();
        const Ast &value = kv.elements()[1];
        const Ast bindingList = Ast::list(vars);
        Result<bool> ok = true;
        if (key == u"as") {
            auto name = value.isCall(u"^", 1) ? ev.eval(value.args()[0], env) : Result<EvalValue>(EvalValue(Term::atom(value.atomName())));
            if (!name)
                return name;
            q->aliases[size_t(lastWasJoin ? q->bindingCount() - 1 : 0)] = name->term().text();
            continue;
        }
        if (key == u"on") {
            auto bm = ExprBuilder::bindingsOf(*q, bindingList);
            ok = bm ? editor.setJoinOn(*bm, value) : Result<bool>(Error{bm.error()});
        } else if (!joinQual(key).isEmpty()) {
            ok = editor.join(joinQual(key), bindingList, value, Ast());
            if (ok)
                vars.push_back(value.isCall(u"in", 2) ? value.args()[0] : Ast::variable(QStringLiteral("_"), {}));
            lastWasJoin = true;
            if (!ok)
                return Error{ok.error()};
            continue;
        } else {
            ok = editor.clause(key, bindingList, value);
        }
        if (!ok)
            return Error{ok.error()};
        lastWasJoin = key == u"on" ? lastWasJoin : false;
    }
    return EvalValue::ofQuery(q);
}

Result<QueryPtr> queryArg(SourceEvaluator &ev, Env &env, const Ast &ast)
{
    auto v = ev.eval(ast, env);
    if (!v)
        return Error{v.error()};
    return ev.toQuery(*v, ast);
}

Result<EvalValue> combine(SourceEvaluator &ev, Env &env, const QString &name, elixir::AstSpan args, QueryPtr base)
{
    const Ast other = args[1].isCall(u"^", 1) ? args[1].args()[0] : args[1];
    auto second = queryArg(ev, env, other);
    if (!second)
        return Error{second.error()};
    auto q = std::make_shared<Query>(*base);
    q->combinations.push_back(Combination{name, *second});
    return EvalValue::ofQuery(q);
}

} // namespace

bool QueryMacros::handles(const QString &name)
{
    return macroNames().contains(name);
}

Result<EvalValue> QueryMacros::call(SourceEvaluator &ev, const Ast &ast, Env &env, const QString &nameOverride)
{
    const QString name = nameOverride.isEmpty() ? ast.callName() : nameOverride;
    const auto &args = ast.args();
    if (name == u"dynamic") {
        auto d = std::make_shared<DynamicValue>();
        d->bindings = args.size() == 2 ? args[0] : Ast::list({});
        d->body = args.back();
        d->env = std::make_shared<const Env>(env);
        return EvalValue::ofDynamic(d);
    }
    if (name == u"from" && (args.size() == 2 || args[0].isCall(u"in", 2) || args.size() == 1))
        return fromKeyword(ev, env, ast);
    if (name == u"subquery")
        return SourceEvaluator::errorAt(ast, QStringLiteral("subquery/1 is only supported inside a query"));
    if (args.empty())
        return SourceEvaluator::errorAt(ast, QStringLiteral("%1 needs a query").arg(name));
    auto base = queryArg(ev, env, args[0]);
    if (!base)
        return Error{base.error()};
    if (name == u"has_named_binding?")
        return EvalValue(Term::boolean((*base)->aliasIndex(args[1].atomName()) >= 0));
    if (name == u"with_named_binding") {
        if ((*base)->aliasIndex(args[1].atomName()) >= 0)
            return EvalValue::ofQuery(*base);
        auto fn = ev.eval(args[2], env);
        if (!fn)
            return fn;
        return ev.apply(*fn->function(), {EvalValue::ofQuery(*base), EvalValue(Term::atom(args[1].atomName()))});
    }
    if (name.startsWith(QStringLiteral("union")) || name.startsWith(QStringLiteral("except"))
        || name.startsWith(QStringLiteral("intersect")))
        return combine(ev, env, name, args, *base);
    auto q = std::make_shared<Query>(**base);
    Editor editor(ev, env, *q);
    Result<bool> ok = true;
    if (name == u"exclude") {
        const QString what = args[1].atomName();
        if (what == u"select")
            q->select.reset();
        else if (what == u"where")
            q->wheres.clear();
        else if (what == u"order_by")
            q->orderBys.clear();
        else if (what == u"preload")
            q->preloadBindings.clear();
        else if (what == u"limit")
            q->limit.reset();
        return EvalValue::ofQuery(q);
    }
    if (name == u"reverse_order") {
        for (Clause &c : q->orderBys) {
            auto list = std::make_shared<Expr>(*c.expr);
            for (ExprPtr &item : list->args) {
                auto flipped = std::make_shared<Expr>(*item);
                flipped->name = item->name.startsWith(QStringLiteral("desc")) ? QStringLiteral("asc") : QStringLiteral("desc");
                item = flipped;
            }
            c.expr = list;
        }
        return EvalValue::ofQuery(q);
    }
    if (name == u"first" || name == u"last") {
        if (q->orderBys.empty() || args.size() > 1) {
            Clause c;
            const QString field = args.size() > 1 ? args[1].atomName() : QStringLiteral("id");
            c.expr = Expr::op(QStringLiteral("list"), {});
            auto list = std::make_shared<Expr>();
            list->kind = Expr::Kind::List;
            list->args = {Expr::op(name == u"first" ? QStringLiteral("asc") : QStringLiteral("desc"), {Expr::field(0, field)})};
            c.expr = list;
            q->orderBys = {c};
        }
        Clause limit;
        limit.expr = Expr::literalOf(Term::integer(1));
        q->limit = limit;
        return EvalValue::ofQuery(q);
    }
    if (name == u"recursive_ctes") {
        q->recursiveCtes = args[1].isAtom(u"true");
        return EvalValue::ofQuery(q);
    }
    if (name == u"with_cte") {
        Cte cte;
        cte.name = args[1].text();
        const Ast as = args[2].keywordValue(u"as");
        auto inner = queryArg(ev, env, as.isCall(u"^", 1) ? as.args()[0] : as);
        if (!inner)
            return Error{inner.error()};
        cte.query = *inner;
        const Ast mat = args[2].keywordValue(u"materialized");
        cte.hasMaterialized = mat.isValid();
        cte.materialized = mat.isAtom(u"true");
        q->ctes.push_back(cte);
        return EvalValue::ofQuery(q);
    }
    if (name == u"from") { // from(query, as: :name) in a pipe
        const Ast as = args[1].keywordValue(u"as");
        if (as.isValid())
            q->aliases[0] = as.atomName();
        return EvalValue::ofQuery(q);
    }
    if (name == u"join") {
        const Ast bindings = args.size() >= 4 ? args[2] : Ast::list({});
        const Ast expr = args.size() >= 4 ? args[3] : args[2];
        const Ast opts = args.size() >= 5 ? args[4] : Ast();
        ok = editor.join(args[1].atomName(), bindings, expr, opts);
    } else if (name == u"lock") {
        ok = editor.clause(name, Ast(), args.back());
    } else if (name == u"update" && args.size() == 2) {
        ok = editor.clause(name, Ast(), args[1]);
    } else if (args.size() == 3) {
        ok = editor.clause(name, args[1], args[2]);
    } else if (args.size() == 2) {
        ok = editor.clause(name, Ast(), args[1]);
    } else {
        return SourceEvaluator::errorAt(ast, QStringLiteral("wrong number of arguments to %1").arg(name));
    }
    if (!ok)
        return Error{ok.error()};
    return EvalValue::ofQuery(q);
}

} // namespace ectowb::query
