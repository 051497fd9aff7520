// The escapers of Ecto's clause builders on top of ExprBuilder::escape: binding
// lists, select shapes, order_by/group_by lists, keyword filters, windows,
// fragments and the inlining of dynamics.
#include "exprbuilder.h"

#include "query/host/querycontext.h"

#include "value/termvalue.h"
#include "interpreter/interpreter.h"

namespace ectowb::query {

using elixir::Ast;
using interpreter::Value;

namespace {

const QStringList &directions()
{
    static const QStringList all{QStringLiteral("asc"), QStringLiteral("asc_nulls_last"),
                                 QStringLiteral("asc_nulls_first"), QStringLiteral("desc"),
                                 QStringLiteral("desc_nulls_last"), QStringLiteral("desc_nulls_first")};
    return all;
}

QString keyText(const Ast &key)
{
    if (key.isAtom())
        return key.atomName();
    if (key.isString())
        return key.text();
    if (key.isInteger())
        return QString::number(key.integerValue());
    return QString();
}

} // namespace

Result<BindingMap> ExprBuilder::bindings(const Ast &list, BuildScope &scope)
{
    BindingMap map;
    if (!list.isValid())
        return map;
    if (!list.isList())
        return errorAt(list, Error{QStringLiteral("binding should be list of variables and "
                                            "`{as, var}` tuples at the end"), QStringLiteral("Ecto.Query.CompileError")});
    const auto &items = list.elements();
    struct Entry
    {
        QString var;
        DynamicBinding binding;
    };
    std::vector<Entry> entries;
    qsizetype rest = -1;
    bool named = false;
    for (qsizetype i = 0; i < qsizetype(items.size()); ++i) {
        const Ast &item = items[size_t(i)];
        if (item.isVariable() && item.callName() == u"...") {
            if (rest >= 0 || named)
                return errorAt(list, Error{QStringLiteral("`...` can only be used once, before named bindings"), QStringLiteral("Ecto.Query.CompileError")});
            rest = i;
            continue;
        }
        if (item.isVariable()) {
            if (named)
                return errorAt(list, Error{QStringLiteral("named binds in the form of `{as, var}` "
                                                    "tuples must be at the end of the binding list"), QStringLiteral("Ecto.Query.CompileError")});
            DynamicBinding b;
            b.kind = DynamicBinding::Kind::Position;
            b.index = int(rest >= 0 ? i - 1 : i);
            entries.push_back({item.callName(), b});
            continue;
        }
        if (item.isTuple() && item.elements()[1].isVariable()) {
            const Ast &nameAst = item.elements()[0];
            QString name;
            if (nameAst.isAtom()) {
                name = nameAst.atomName();
            } else if (nameAst.isCall(u"^", 1)) {
                Result<Value> v = scope.interpreter.eval(nameAst.args()[0], scope.env);
                if (!v)
                    return v.failure();
                name = v->isAtom() ? v->atomName() : v->text();
            } else {
                return errorAt(list, Error{QStringLiteral("binding list should contain only variables "
                                                    "or `{as, var}` tuples"), QStringLiteral("Ecto.Query.CompileError")});
            }
            named = true;
            DynamicBinding b;
            b.kind = DynamicBinding::Kind::Named;
            b.name = name;
            entries.push_back({item.elements()[1].callName(), b});
            continue;
        }
        return errorAt(list, Error{QStringLiteral("binding list should contain only variables or "
                                            "`{as, var}` tuples"), QStringLiteral("Ecto.Query.CompileError")});
    }
    if (rest >= 0) {
        // Positions after `...` count from the end of the query's bindings.
        int after = 0;
        for (const Entry &e : entries)
            after += e.binding.kind == DynamicBinding::Kind::Position && e.binding.index >= rest ? 1 : 0;
        int k = after;
        for (Entry &e : entries) {
            if (e.binding.kind == DynamicBinding::Kind::Position && e.binding.index >= rest) {
                e.binding.kind = DynamicBinding::Kind::FromEnd;
                e.binding.index = k--;
            }
        }
    }
    for (const Entry &e : entries) {
        if (e.var != u"_" && map.contains(e.var))
            return errorAt(list, Error{QStringLiteral("variable `%1` is bound twice").arg(e.var), QStringLiteral("Ecto.Query.CompileError")});
        int index = -1;
        if (scope.dynamic) {
            index = int(scope.dynamic->size());
            scope.dynamic->push_back(e.binding);
        } else if (e.binding.kind == DynamicBinding::Kind::Position) {
            index = e.binding.index;
        } else if (e.binding.kind == DynamicBinding::Kind::FromEnd) {
            index = scope.query->bindingCount() - e.binding.index;
        } else {
            index = scope.query->aliasIndex(e.binding.name);
            if (index < 0)
                return errorAt(list, Error{QStringLiteral("unknown bind name `:%1`").arg(e.binding.name), QStringLiteral("Ecto.QueryError")});
        }
        if (e.var != u"_")
            map.insert(e.var, index);
    }
    return map;
}

Result<ExprPtr> ExprBuilder::inlineDynamic(const DynamicValue &dynamic, elixir::SourcePos pos)
{
    std::vector<int> resolved;
    if (m_scope.dynamic) {
        const int offset = int(m_scope.dynamic->size());
        for (size_t i = 0; i < dynamic.bindings().size(); ++i) {
            m_scope.dynamic->push_back(dynamic.bindings()[i]);
            resolved.push_back(offset + int(i));
        }
    } else {
        const Query &q = *m_scope.query;
        for (const DynamicBinding &b : dynamic.bindings()) {
            if (b.kind == DynamicBinding::Kind::Position) {
                resolved.push_back(b.index);
            } else if (b.kind == DynamicBinding::Kind::FromEnd) {
                resolved.push_back(q.bindingCount() - b.index);
            } else {
                const int ix = q.aliasIndex(b.name);
                if (ix < 0) {
                    return Error{QStringLiteral("unknown bind name `:%1`").arg(b.name), QStringLiteral("Ecto.QueryError")}.at(
                        pos.line, pos.column);
                }
                resolved.push_back(ix);
            }
        }
    }
    const auto map = [&resolved](int i) { return i >= 0 && size_t(i) < resolved.size() ? resolved[size_t(i)] : i; };
    const int offset = int(m_params.size());
    for (const Param &p : dynamic.params()) {
        Param copy = p;
        copy.type = p.type.mapBindings(map);
        m_params.push_back(std::move(copy));
    }
    return dynamic.expr()->rebased(map, offset);
}

Result<ExprPtr> ExprBuilder::escapeSelect(const Ast &ast)
{
    if (ast.isList()) {
        const auto &items = ast.elements();
        if (!items.empty() && std::all_of(items.begin(), items.end(), [](const Ast &a) { return a.isAtom(); })) {
            auto take = Expr::make(Expr::Kind::Take);
            take->binding = 0;
            take->name = QStringLiteral("any");
            for (const Ast &a : items)
                take->texts.push_back(a.atomName());
            return ExprPtr(take);
        }
        std::vector<ExprPtr> out;
        for (const Ast &a : items) {
            Result<ExprPtr> x = escapeSelect(a);
            if (!x)
                return x;
            out.push_back(*x);
        }
        return Expr::list(std::move(out));
    }
    if (ast.isTuple() || ast.isCall(u"{}")) {
        auto t = Expr::make(Expr::Kind::Tuple);
        for (const Ast &a : ast.isTuple() ? ast.elements() : ast.args()) {
            Result<ExprPtr> x = escapeSelect(a);
            if (!x)
                return x;
            t->args.push_back(*x);
        }
        return ExprPtr(t);
    }
    if (ast.isCall(u"%{}"))
        return escapeSelectMap(ast);
    if (ast.isCall(u"%", 2)) {
        const QString module = m_scope.env.aliases().expand(ast.args()[0]);
        Result<ExprPtr> map = escapeSelectMap(ast.args()[1]);
        if (!map)
            return map;
        auto s = std::make_shared<Expr>(**map);
        if (s->kind == Expr::Kind::Map)
            s->kind = Expr::Kind::Struct;
        s->name = module;
        return ExprPtr(s);
    }
    if ((ast.isCall(u"struct", 2) || ast.isCall(u"map", 2)))
        return escapeTake(ast);
    if (ast.isCall(u"merge", 2)) {
        // {:merge, [], [left, right]}: the planner collects the fields of both sides
        auto m = Expr::make(Expr::Kind::Merge);
        for (const Ast &side : ast.args()) {
            Result<ExprPtr> x = escapeSelect(side);
            if (!x)
                return x;
            m->args.push_back(*x);
        }
        return ExprPtr(m);
    }
    if (ast.isCall(u"selected_as", 2)) {
        Result<QString> name = atomArg(ast.args()[1], "selected_as/2");
        if (!name)
            return name.failure();
        Result<ExprPtr> inner = escape(ast.args()[0]);
        if (!inner)
            return inner;
        auto e = Expr::make(Expr::Kind::SelectedAs);
        e->name = *name;
        e->args = {*inner};
        return ExprPtr(e);
    }
    return escape(ast);
}

Result<ExprPtr> ExprBuilder::escapeSelectMap(const Ast &ast)
{
    const auto &args = ast.args();
    std::vector<Ast> pairs = args;
    auto e = Expr::make(Expr::Kind::Map);
    if (args.size() == 1 && args[0].isCall(u"|", 2)) {
        e->kind = Expr::Kind::MapUpdate;
        Result<ExprPtr> base = escapeSelect(args[0].args()[0]);
        if (!base)
            return base;
        e->args.push_back(*base);
        pairs = args[0].args()[1].isList() ? args[0].args()[1].elements().toVector() : std::vector<Ast>{};
    }
    for (const Ast &kv : pairs) {
        if (!kv.isTuple())
            return errorAt(ast, Error{QStringLiteral("malformed map in select"), QStringLiteral("Ecto.Query.CompileError")});
        const Ast &keyAst = kv.elements()[0];
        QString key = keyText(keyAst);
        bool atom = keyAst.isAtom();
        if (keyAst.isCall(u"^", 1)) {
            Result<Value> v = evaluate(keyAst.args()[0]);
            if (!v)
                return v.failure();
            key = v->isAtom() ? v->atomName() : v->isBinary() ? v->text() : v->inspect();
            atom = v->isAtom();
        }
        e->atomKeys = e->atomKeys && atom;
        Result<ExprPtr> value = escapeSelect(kv.elements()[1]);
        if (!value)
            return value;
        e->texts.push_back(key);
        e->args.push_back(*value);
    }
    return ExprPtr(e);
}

Result<ExprPtr> ExprBuilder::escapeTake(const Ast &ast)
{
    const Ast &var = ast.args()[0];
    if (!var.isVariable())
        return errorAt(ast, Error{QStringLiteral("struct/2 and map/2 expect a binding as first argument"), QStringLiteral("Ecto.Query.CompileError")});
    Result<int> b = bindingOf(var);
    if (!b)
        return b.failure();
    auto take = Expr::make(Expr::Kind::Take);
    take->binding = *b;
    take->name = ast.callName();
    const Ast &fieldsAst = ast.args()[1];
    if (fieldsAst.isCall(u"^", 1)) {
        Result<Value> v = evaluate(fieldsAst.args()[0]);
        if (!v)
            return v.failure();
        if (!v->isList())
            return errorAt(ast, Error{QStringLiteral("expected a list of fields in %1/2").arg(take->name), QStringLiteral("ArgumentError")});
        for (const Value &f : v->elements()) {
            if (f.isAtom())
                take->texts.push_back(f.atomName());
            else if (f.isTuple(2) && f.elements()[0].isAtom())
                take->texts.push_back(f.elements()[0].atomName());
        }
    } else if (fieldsAst.isList()) {
        for (const Ast &f : fieldsAst.elements()) {
            if (f.isAtom())
                take->texts.push_back(f.atomName());
            else if (f.isTuple() && f.elements()[0].isAtom())
                take->texts.push_back(f.elements()[0].atomName());
        }
    } else {
        return errorAt(ast, Error{QStringLiteral("%1/2 expects a list of fields").arg(take->name), QStringLiteral("Ecto.Query.CompileError")});
    }
    return ExprPtr(take);
}

Result<ExprPtr> ExprBuilder::escapeOrderItem(const QString &direction, const Ast &item)
{
    if (!directions().contains(direction))
        return errorAt(item, Error{QStringLiteral("expected :asc, :desc, :asc_nulls_last, "
                                            ":asc_nulls_first, :desc_nulls_last or :desc_nulls_first in order_by, got: `:%1`")
                                 .arg(direction), QStringLiteral("Ecto.Query.CompileError")});
    if (item.isAtom())
        return Expr::order(direction, Expr::field(0, item.atomName()));
    if (item.isCall(u"^", 1)) {
        Result<Value> v = evaluate(item.args()[0]);
        if (!v)
            return v.failure();
        if (const DynamicValue *dyn = DynamicValue::unwrap(*v)) {
            Result<ExprPtr> e = inlineDynamic(*dyn, item.pos());
            if (!e)
                return e;
            return Expr::order(direction, *e);
        }
        if (v->isAtom())
            return Expr::order(direction, Expr::field(0, v->atomName()));
        return errorAt(item, Error{QStringLiteral("expected a field as an atom or a dynamic in order_by, got: `%1`")
                                 .arg(v->inspect()), QStringLiteral("ArgumentError")});
    }
    Result<ExprPtr> e = escape(item);
    if (!e)
        return e;
    return Expr::order(direction, *e);
}

Result<ExprPtr> ExprBuilder::orderValue(const Value &value, elixir::SourcePos pos)
{
    std::vector<ExprPtr> out;
    const std::vector<Value> items = value.isList() ? value.elements() : std::vector<Value>{value};
    for (const Value &item : items) {
        QString dir = QStringLiteral("asc");
        Value what = item;
        if (item.isTuple(2) && item.elements()[0].isAtom()) {
            dir = item.elements()[0].atomName();
            what = item.elements()[1];
        }
        if (!directions().contains(dir))
            return Error{QStringLiteral("expected :asc, :desc or one of the nulls directions in "
                                        "order_by, got: `%1`").arg(dir), QStringLiteral("ArgumentError")};
        if (const DynamicValue *dyn = DynamicValue::unwrap(what)) {
            Result<ExprPtr> e = inlineDynamic(*dyn, pos);
            if (!e)
                return e;
            out.push_back(Expr::order(dir, *e));
        } else if (what.isAtom() && !what.isNil()) {
            out.push_back(Expr::order(dir, Expr::field(0, what.atomName())));
        } else {
            return Error{QStringLiteral("expected a list or keyword list of fields and/or dynamics in "
                                        "order_by, got: `%1`").arg(value.inspect()), QStringLiteral("ArgumentError")};
        }
    }
    return Expr::list(std::move(out));
}

Result<ExprPtr> ExprBuilder::escapeOrderList(const Ast &ast)
{
    if (ast.isCall(u"^", 1)) {
        Result<Value> v = evaluate(ast.args()[0]);
        if (!v)
            return v.failure();
        Result<ExprPtr> e = orderValue(*v, ast.pos());
        if (!e)
            return errorAt(ast, e.failure());
        return e;
    }
    std::vector<ExprPtr> out;
    const std::vector<Ast> single{ast};
    for (const Ast &item : ast.isList() ? ast.elements() : elixir::AstSpan(single)) {
        QString dir = QStringLiteral("asc");
        Ast what = item;
        if (item.isTuple() && (item.elements()[0].isAtom() || item.elements()[0].isCall(u"^", 1))) {
            Result<QString> d = atomArg(item.elements()[0], "order_by");
            if (!d)
                return d.failure();
            dir = *d;
            what = item.elements()[1];
        }
        Result<ExprPtr> e = escapeOrderItem(dir, what);
        if (!e)
            return e;
        out.push_back(*e);
    }
    return Expr::list(std::move(out));
}

Result<ExprPtr> ExprBuilder::escapeByList(const Ast &ast)
{
    std::vector<ExprPtr> out;
    if (ast.isCall(u"^", 1)) {
        Result<Value> v = evaluate(ast.args()[0]);
        if (!v)
            return v.failure();
        for (const Value &item : v->isList() ? v->elements() : std::vector<Value>{*v}) {
            if (const DynamicValue *dyn = DynamicValue::unwrap(item)) {
                Result<ExprPtr> e = inlineDynamic(*dyn, ast.pos());
                if (!e)
                    return e;
                out.push_back(*e);
            } else if (item.isAtom() && !item.isNil()) {
                out.push_back(Expr::field(0, item.atomName()));
            } else {
                return errorAt(ast, Error{QStringLiteral("expected a list of fields and dynamics, got: `%1`")
                                        .arg(v->inspect()), QStringLiteral("ArgumentError")});
            }
        }
        return Expr::list(std::move(out));
    }
    const std::vector<Ast> single{ast};
    for (const Ast &item : ast.isList() ? ast.elements() : elixir::AstSpan(single)) {
        if (item.isAtom()) {
            out.push_back(Expr::field(0, item.atomName()));
            continue;
        }
        Result<ExprPtr> e = escape(item);
        if (!e)
            return e;
        out.push_back(*e);
    }
    return Expr::list(std::move(out));
}

Result<ExprPtr> ExprBuilder::escapeKeywordFilter(const Ast &ast, int binding)
{
    ExprPtr result;
    for (const Ast &kv : ast.elements()) {
        const QString field = kv.elements()[0].atomName();
        const Ast &valueAst = kv.elements()[1];
        if (valueAst.isAtom(u"nil"))
            return errorAt(ast, Error{QStringLiteral("nil given for `%1`. Comparison with nil is "
                                               "forbidden as it is unsafe. Instead write a query with is_nil/1, for "
                                               "example: is_nil(s.%1)").arg(field), QStringLiteral("Ecto.Query.CompileError")});
        Result<ExprPtr> value = escape(valueAst, QueryType::field(binding, field));
        if (!value)
            return value;
        ExprPtr cmp = Expr::call(QStringLiteral("=="), {Expr::field(binding, field), *value});
        result = result ? Expr::call(QStringLiteral("and"), {result, cmp}) : cmp;
    }
    return result ? result : Expr::literalOf(Term::boolean(true));
}

Result<ExprPtr> ExprBuilder::keywordFilter(const Value &keyword, int binding, elixir::SourcePos pos)
{
    ExprPtr result;
    for (const Value &kv : keyword.elements()) {
        const QString field = kv.elements()[0].atomName();
        if (kv.elements()[1].isNil())
            return Error{QStringLiteral("nil given for :%1. Comparison with nil is forbidden as it is "
                                        "unsafe. Instead write a query with is_nil/1, for example: is_nil(s.%1)")
                             .arg(field), QStringLiteral("ArgumentError")};
        Result<Term> value = value::TermValue::fromValue(kv.elements()[1]);
        if (!value)
            return value.failure();
        Param p;
        p.value = *value;
        p.type = QueryType::field(binding, field);
        p.pos = pos;
        ExprPtr cmp = Expr::call(QStringLiteral("=="), {Expr::field(binding, field), Expr::param(addParam(std::move(p)))});
        result = result ? Expr::call(QStringLiteral("and"), {result, cmp}) : cmp;
    }
    return result ? result : Expr::literalOf(Term::boolean(true));
}

Result<ExprPtr> ExprBuilder::escapeWindow(const Ast &keyword)
{
    if (!keyword.isList())
        return errorAt(keyword, Error{QStringLiteral("expected window definition to be a keyword list"), QStringLiteral("Ecto.Query.CompileError")});
    auto w = Expr::make(Expr::Kind::Window);
    for (const Ast &kv : keyword.elements()) {
        if (!kv.isTuple() || !kv.elements()[0].isAtom())
            return errorAt(keyword, Error{QStringLiteral("expected window definition to be a keyword list"), QStringLiteral("Ecto.Query.CompileError")});
        const QString key = kv.elements()[0].atomName();
        Result<ExprPtr> part = key == u"partition_by" ? escapeByList(kv.elements()[1])
                               : key == u"order_by"   ? escapeOrderList(kv.elements()[1])
                               : key == u"frame"      ? escape(kv.elements()[1])
                                                      : Result<ExprPtr>(errorAt(keyword, QStringLiteral(
                                                            "Ecto.Query.CompileError: unknown window function key `%1`").arg(key)));
        if (!part)
            return part;
        w->texts.push_back(key);
        w->args.push_back(*part);
    }
    return ExprPtr(w);
}

} // namespace ectowb::query
