#include "exprbuilder.h"

#include "querymacros.h"
#include "sourceevaluator.h"

namespace ectowb::query {

using elixir::Ast;

namespace {

const QStringList &binaryOps()
{
    static const QStringList ops{QStringLiteral("=="), QStringLiteral("!="), QStringLiteral("<"),
                                 QStringLiteral(">"),  QStringLiteral("<="), QStringLiteral(">="),
                                 QStringLiteral("+"),  QStringLiteral("-"),  QStringLiteral("*"),
                                 QStringLiteral("/"),  QStringLiteral("and"), QStringLiteral("or")};
    return ops;
}

const QStringList &plainCalls()
{
    static const QStringList calls{
        QStringLiteral("is_nil"), QStringLiteral("like"), QStringLiteral("ilike"), QStringLiteral("not"),
        QStringLiteral("sum"), QStringLiteral("avg"), QStringLiteral("min"), QStringLiteral("max"),
        QStringLiteral("coalesce"), QStringLiteral("datetime_add"), QStringLiteral("date_add"),
        QStringLiteral("ago"), QStringLiteral("from_now"), QStringLiteral("filter"),
        QStringLiteral("row_number"), QStringLiteral("rank"), QStringLiteral("dense_rank"),
        QStringLiteral("percent_rank"), QStringLiteral("cume_dist"), QStringLiteral("ntile"),
        QStringLiteral("first_value"), QStringLiteral("last_value"), QStringLiteral("nth_value"),
        QStringLiteral("lag"), QStringLiteral("lead"), QStringLiteral("exists")};
    return calls;
}

std::shared_ptr<Expr> make(Expr::Kind kind)
{
    auto e = std::make_shared<Expr>();
    e->kind = kind;
    return e;
}

} // namespace

ExprBuilder::ExprBuilder(SourceEvaluator &evaluator, Env &env, const Query &query, BindingMap bindings,
                         std::vector<Param> &params)
    : m_evaluator(evaluator), m_env(env), m_query(query), m_bindings(std::move(bindings)), m_params(params)
{
}

Result<BindingMap> ExprBuilder::bindingsOf(const Query &query, const Ast &list)
{
    BindingMap map;
    if (!list.isValid())
        return map;
    if (!list.isList())
        return SourceEvaluator::errorAt(list, QStringLiteral("binding list should be a list of variables"));
    const auto &items = list.elements();
    const int count = query.bindingCount();
    for (size_t i = 0; i < items.size(); ++i) {
        const Ast &item = items[i];
        if (item.isTuple() && item.elements()[0].isAtom()) {
            const int ix = query.aliasIndex(item.elements()[0].atomName());
            if (ix < 0)
                return SourceEvaluator::errorAt(list, QStringLiteral("Ecto.QueryError: could not find named binding `as(:%1)`")
                                                         .arg(item.elements()[0].atomName()));
            map.insert(item.elements()[1].callName(), ix);
            continue;
        }
        if (item.isVariable() && item.callName() == u"...") {
            const int rest = int(items.size() - i - 1);
            for (int k = 0; k < rest; ++k)
                map.insert(items[i + 1 + size_t(k)].callName(), count - rest + k);
            break;
        }
        if (!item.isVariable())
            return SourceEvaluator::errorAt(list, QStringLiteral("binding list should contain only variables"));
        map.insert(item.callName(), int(i));
    }
    return map;
}

int ExprBuilder::addParam(const Term &value)
{
    Param p;
    p.value = value;
    m_params.push_back(p);
    return int(m_params.size()) - 1;
}

void ExprBuilder::typeParam(const ExprPtr &param, const ExprPtr &field, bool inList)
{
    if (param->kind != Expr::Kind::Param || param->param < 0)
        return;
    Param &p = m_params[size_t(param->param)];
    p.inList = inList;
    if (field->kind == Expr::Kind::Field && field->parent == 0 && p.type.isEmpty()) {
        p.binding = field->binding;
        p.field = field->name;
    }
}

Result<int> ExprBuilder::bindingOf(const Ast &ast)
{
    if (ast.isVariable()) {
        const auto it = m_bindings.constFind(ast.callName());
        if (it == m_bindings.constEnd())
            return SourceEvaluator::errorAt(ast, QStringLiteral("Ecto.Query.CompileError: unbound variable `%1` in query")
                                                     .arg(ast.callName()));
        return *it;
    }
    if (ast.isCall(u"as", 1)) {
        const int ix = m_query.aliasIndex(ast.args()[0].atomName());
        if (ix < 0)
            return SourceEvaluator::errorAt(ast, QStringLiteral("could not find named binding `as(:%1)`")
                                                     .arg(ast.args()[0].atomName()));
        return ix;
    }
    return SourceEvaluator::errorAt(ast, QStringLiteral("expected a binding"));
}

Result<std::vector<ExprPtr>> ExprBuilder::buildArgs(elixir::AstSpan args)
{
    std::vector<ExprPtr> out;
    for (const Ast &a : args) {
        auto e = build(a);
        if (!e)
            return Error{e.error()};
        out.push_back(*e);
    }
    return out;
}

Result<ExprPtr> ExprBuilder::build(const Ast &ast)
{
    switch (ast.kind()) {
    case Ast::Kind::Integer:
        return Expr::literalOf(Term::integer(ast.integerValue()));
    case Ast::Kind::Float:
        return Expr::literalOf(Term::floating(ast.floatValue()));
    case Ast::Kind::String:
        return Expr::literalOf(Term::string(ast.text()));
    case Ast::Kind::Atom:
        return Expr::literalOf(Term::atom(ast.atomName()));
    case Ast::Kind::List: {
        auto items = buildArgs(ast.elements());
        if (!items)
            return Error{items.error()};
        auto e = make(Expr::Kind::List);
        e->args = *items;
        return ExprPtr(e);
    }
    case Ast::Kind::Tuple: {
        auto items = buildArgs(ast.elements());
        if (!items)
            return Error{items.error()};
        auto e = make(Expr::Kind::Tuple);
        e->args = *items;
        return ExprPtr(e);
    }
    case Ast::Kind::Call:
        return buildCall(ast);
    case Ast::Kind::Invalid:
        break;
    }
    return SourceEvaluator::errorAt(ast, QStringLiteral("unsupported expression"));
}

Result<ExprPtr> ExprBuilder::buildPin(const Ast &ast)
{
    auto value = m_evaluator.eval(ast.args()[0], m_env);
    if (!value)
        return Error{value.error()};
    if (value->kind() == EvalValue::Kind::Dynamic) {
        const DynamicValue &dyn = *value->dynamic();
        auto bindings = bindingsOf(m_query, dyn.bindings);
        if (!bindings)
            return Error{bindings.error()};
        Env env = *dyn.env;
        ExprBuilder inner(m_evaluator, env, m_query, *bindings, m_params);
        return inner.build(dyn.body);
    }
    if (value->kind() == EvalValue::Kind::Query) {
        auto e = make(Expr::Kind::Subquery);
        e->subquery = value->query();
        Param marker;
        marker.subquery = value->query();
        m_params.push_back(marker);
        return ExprPtr(e);
    }
    if (!value->isTerm())
        return SourceEvaluator::errorAt(ast, QStringLiteral("cannot pin this value"));
    return Expr::paramAt(addParam(value->term()));
}

Result<ExprPtr> ExprBuilder::buildField(const Ast &ast)
{
    const Ast &dot = ast.callForm();
    const Ast &target = dot.args()[0];
    const QString field = dot.args()[1].atomName();
    if (target.isCall(u"parent_as", 1)) {
        auto e = make(Expr::Kind::Field);
        e->parent = 1;
        e->parentAlias = target.args()[0].atomName();
        e->name = field;
        return ExprPtr(e);
    }
    auto binding = bindingOf(target);
    if (!binding)
        return Error{binding.error()};
    return Expr::field(*binding, field);
}

Result<ExprPtr> ExprBuilder::buildBinaryOp(const QString &name, const Ast &ast)
{
    auto args = buildArgs(ast.args());
    if (!args)
        return Error{args.error()};
    const auto &a = *args;
    if (name != u"and" && name != u"or") {
        typeParam(a[1], a[0]);
        typeParam(a[0], a[1]);
    }
    return Expr::op(name, a);
}

Result<ExprPtr> ExprBuilder::buildCall(const Ast &ast)
{
    if (ast.isVariable()) {
        auto binding = bindingOf(ast);
        if (!binding)
            return Error{binding.error()};
        auto e = make(Expr::Kind::Binding);
        e->binding = *binding;
        return ExprPtr(e);
    }
    if (!ast.callForm().isAtom()) {
        const Ast &dot = ast.callForm();
        if (dot.isCall(u".") && dot.args().size() == 2 && dot.args()[1].isAtom() && ast.args().empty())
            return buildField(ast);
        return SourceEvaluator::errorAt(ast, QStringLiteral("unsupported call in query"));
    }
    const QString name = ast.callName();
    const auto &args = ast.args();
    if (name == u"^" && args.size() == 1)
        return buildPin(ast);
    if (name == u"|>" && args.size() == 2) {
        std::vector<Ast> newArgs{args[0]};
        newArgs.insert(newArgs.end(), args[1].args().begin(), args[1].args().end());
        return build(args[1].withArgs(std::move(newArgs)));
    }
    if (binaryOps().contains(name) && args.size() == 2)
        return buildBinaryOp(name, ast);
    if (name == u"-" && args.size() == 1) {
        auto inner = build(args[0]);
        if (!inner)
            return inner;
        return Expr::op(QStringLiteral("neg"), {*inner});
    }
    if (name == u"in" && args.size() == 2) {
        auto left = build(args[0]);
        if (!left)
            return left;
        ExprPtr right;
        if (args[1].isCall(u"subquery", 1)) {
            auto sub = buildSubquery(args[1]);
            if (!sub)
                return sub;
            right = *sub;
        } else {
            auto r = build(args[1]);
            if (!r)
                return r;
            right = *r;
            typeParam(right, *left, true);
        }
        return Expr::op(name, {*left, right});
    }
    if (name == u"field" && args.size() == 2) {
        auto binding = bindingOf(args[0]);
        if (!binding)
            return Error{binding.error()};
        QString field;
        if (args[1].isAtom()) {
            field = args[1].atomName();
        } else {
            auto v = m_evaluator.eval(args[1].isCall(u"^", 1) ? args[1].args()[0] : args[1], m_env);
            if (!v)
                return Error{v.error()};
            field = v->term().text();
        }
        return Expr::field(*binding, field);
    }
    if (name == u"type" && args.size() == 2) {
        auto inner = build(args[0]);
        if (!inner)
            return inner;
        auto e = make(Expr::Kind::Type);
        e->args = {*inner};
        if (args[1].isAtom()) {
            e->name = args[1].atomName();
        } else {
            auto f = build(args[1]);
            if (!f)
                return f;
            e->args.push_back(*f); // type(x, p.field): the field's type
        }
        if ((*inner)->kind == Expr::Kind::Param && !e->name.isEmpty())
            m_params[size_t((*inner)->param)].type = e->name;
        return ExprPtr(e);
    }
    if (name == u"fragment")
        return buildFragment(ast);
    if (name == u"splice" && args.size() == 1) {
        auto v = m_evaluator.eval(args[0].isCall(u"^", 1) ? args[0].args()[0] : args[0], m_env);
        if (!v)
            return Error{v.error()};
        auto e = make(Expr::Kind::Splice);
        e->param = int(m_params.size());
        e->count = int(v->term().elements().size());
        for (const Term &t : v->term().elements())
            addParam(t);
        return ExprPtr(e);
    }
    if (name == u"count") {
        auto inner = buildArgs(args.empty() ? std::vector<Ast>{} : std::vector<Ast>{args[0]});
        if (!inner)
            return Error{inner.error()};
        auto e = make(Expr::Kind::Op);
        e->name = name;
        e->args = *inner;
        if (args.size() == 2 && args[1].isAtom(u"distinct"))
            e->texts = {QStringLiteral("distinct")};
        return ExprPtr(e);
    }
    if (name == u"subquery" && args.size() == 1)
        return buildSubquery(ast);
    if (name == u"selected_as") {
        auto e = make(Expr::Kind::SelectedAs);
        if (args.size() == 1) {
            e->kind = Expr::Kind::SelectedAsRef;
            e->name = args[0].atomName();
            return ExprPtr(e);
        }
        auto inner = build(args[0]);
        if (!inner)
            return inner;
        e->args = {*inner};
        e->name = args[1].atomName();
        return ExprPtr(e);
    }
    if (name == u"over")
        return buildOver(ast);
    if (name == u"struct" || name == u"map") {
        auto binding = bindingOf(args[0]);
        if (!binding)
            return Error{binding.error()};
        Result<EvalValue> fields = args[1].isCall(u"^", 1) ? m_evaluator.eval(args[1].args()[0], m_env)
                                                           : m_evaluator.eval(args[1], m_env);
        if (!fields)
            return Error{fields.error()};
        auto e = make(Expr::Kind::StructFields);
        e->binding = *binding;
        for (const Term &f : fields->term().elements())
            e->texts.push_back(f.text());
        return ExprPtr(e);
    }
    if (name == u"{}") {
        auto items = buildArgs(args);
        if (!items)
            return Error{items.error()};
        auto e = make(Expr::Kind::Tuple);
        e->args = *items;
        return ExprPtr(e);
    }
    if (name == u"%{}") {
        auto e = make(Expr::Kind::Map);
        std::vector<Ast> pairs = args;
        if (args.size() == 1 && args[0].isCall(u"|", 2)) {
            e->kind = Expr::Kind::MapUpdate;
            auto base = build(args[0].args()[0]);
            if (!base)
                return base;
            e->args.push_back(*base);
            pairs = args[0].args()[1].elements();
        }
        for (const Ast &kv : pairs) {
            auto value = build(kv.elements()[1]);
            if (!value)
                return value;
            const Ast &key = kv.elements()[0];
            e->texts.push_back(key.isString() ? key.text() : key.atomName());
            e->args.push_back(*value);
        }
        return ExprPtr(e);
    }
    if (name == u"%" && args.size() == 2)
        return SourceEvaluator::errorAt(ast, QStringLiteral("struct literals are not supported in select"));
    if (plainCalls().contains(name)) {
        auto items = buildArgs(args);
        if (!items)
            return Error{items.error()};
        if (name == u"like" || name == u"ilike")
            typeParam((*items)[1], (*items)[0]);
        return Expr::op(name, *items);
    }
    if (name == u"as" || name == u"parent_as")
        return SourceEvaluator::errorAt(ast, QStringLiteral("as/parent_as must be followed by a field"));
    return SourceEvaluator::errorAt(ast, QStringLiteral("Ecto.Query.CompileError: `%1/%2` is not a valid query expression")
                                             .arg(name)
                                             .arg(args.size()));
}

Result<ExprPtr> ExprBuilder::buildFragment(const Ast &ast)
{
    const auto &args = ast.args();
    if (args.empty() || !args[0].isString())
        return SourceEvaluator::errorAt(ast, QStringLiteral("fragment(...) expects the first argument to be a string"));
    const QString text = args[0].text();
    auto e = make(Expr::Kind::Fragment);
    QString current;
    int argCount = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\\' && i + 1 < text.size() && text[i + 1] == u'?') {
            current += u'?';
            ++i;
        } else if (text[i] == u'?') {
            e->texts.push_back(current);
            current.clear();
            ++argCount;
        } else {
            current += text[i];
        }
    }
    e->texts.push_back(current);
    if (argCount != int(args.size()) - 1)
        return SourceEvaluator::errorAt(ast, QStringLiteral("fragment(...) expects extra arguments in the same amount of question marks in string"));
    auto items = buildArgs(std::vector<Ast>(args.begin() + 1, args.end()));
    if (!items)
        return Error{items.error()};
    e->args = *items;
    return ExprPtr(e);
}

Result<ExprPtr> ExprBuilder::buildOver(const Ast &ast)
{
    const auto &args = ast.args();
    auto inner = build(args[0]);
    if (!inner)
        return inner;
    auto e = make(Expr::Kind::Over);
    e->args = {*inner};
    if (args.size() < 2)
        return ExprPtr(e);
    if (args[1].isAtom()) {
        e->name = args[1].atomName();
        return ExprPtr(e);
    }
    auto partition = buildExprList(args[1].keywordValue(u"partition_by"));
    auto order = buildOrderList(args[1].keywordValue(u"order_by"));
    if (!partition)
        return partition;
    if (!order)
        return order;
    e->args.push_back(*partition);
    e->args.push_back(*order);
    return ExprPtr(e);
}

Result<ExprPtr> ExprBuilder::buildSubquery(const Ast &ast)
{
    const Ast inner = ast.isCall(u"subquery") ? ast.args()[0] : ast;
    auto value = m_evaluator.eval(inner, m_env);
    if (!value)
        return Error{value.error()};
    auto query = m_evaluator.toQuery(*value, ast);
    if (!query)
        return Error{query.error()};
    auto e = make(Expr::Kind::Subquery);
    e->subquery = *query;
    Param marker;
    marker.subquery = *query;
    m_params.push_back(marker);
    return ExprPtr(e);
}

Result<ExprPtr> ExprBuilder::buildExprList(const Ast &ast)
{
    auto e = make(Expr::Kind::List);
    if (!ast.isValid())
        return ExprPtr(e);
    if (ast.isCall(u"^", 1)) {
        auto v = m_evaluator.eval(ast.args()[0], m_env);
        if (!v)
            return Error{v.error()};
        const Term t = v->term();
        for (const Term &f : t.isList() ? t.elements() : std::vector<Term>{t})
            e->args.push_back(Expr::field(0, f.text()));
        return ExprPtr(e);
    }
    const elixir::AstSpan items = ast.isList() ? ast.elements() : elixir::AstSpan(&ast, 1);
    for (const Ast &item : items) {
        if (item.isAtom()) {
            e->args.push_back(Expr::field(0, item.atomName()));
            continue;
        }
        auto x = build(item);
        if (!x)
            return x;
        e->args.push_back(*x);
    }
    return ExprPtr(e);
}

Result<ExprPtr> ExprBuilder::buildOrderList(const Ast &ast, bool directions)
{
    auto e = make(Expr::Kind::List);
    if (!ast.isValid())
        return ExprPtr(e);
    std::vector<std::pair<QString, Ast>> items;
    if (ast.isCall(u"^", 1)) {
        auto v = m_evaluator.eval(ast.args()[0], m_env);
        if (!v)
            return Error{v.error()};
        const Term t = v->term();
        for (const Term &item : t.isList() ? t.elements() : std::vector<Term>{t}) {
            if (item.isTuple())
                items.emplace_back(item.elements()[0].text(), Ast::atom(item.elements()[1].text()));
            else
                items.emplace_back(QStringLiteral("asc"), Ast::atom(item.text()));
        }
    } else {
        for (const Ast &item : ast.isList() ? ast.elements() : elixir::AstSpan(&ast, 1)) {
            if (item.isTuple() && item.elements()[0].isAtom() && directions)
                items.emplace_back(item.elements()[0].atomName(), item.elements()[1]);
            else
                items.emplace_back(QStringLiteral("asc"), item);
        }
    }
    for (const auto &[dir, item] : items) {
        ExprPtr x;
        if (item.isAtom()) {
            x = Expr::field(0, item.atomName());
        } else {
            auto built = build(item);
            if (!built)
                return built;
            x = *built;
        }
        e->args.push_back(Expr::op(dir, {x}));
    }
    return ExprPtr(e);
}

Result<ExprPtr> ExprBuilder::buildKeywordFilter(const Ast &ast, int binding)
{
    ExprPtr result;
    for (const Ast &kv : ast.elements()) {
        auto value = build(kv.elements()[1]);
        if (!value)
            return value;
        auto field = Expr::field(binding, kv.elements()[0].atomName());
        typeParam(*value, field);
        auto cmp = Expr::op(QStringLiteral("=="), {field, *value});
        result = result ? Expr::op(QStringLiteral("and"), {result, cmp}) : cmp;
    }
    if (!result)
        return Expr::literalOf(Term::boolean(true));
    return result;
}

} // namespace ectowb::query
