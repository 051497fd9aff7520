// Ecto.Query.Builder.escape/5: the expression core. Clause-level escapers (select,
// order_by, group_by, keyword filters, windows, binding lists, dynamics) live in
// exprbuilderclauses.cpp.
#include "exprbuilder.h"

#include "query/host/querycontext.h"
#include "query/host/queryvalue.h"

#include "value/termvalue.h"
#include "interpreter/interpreter.h"


namespace ectowb::query {

using elixir::Ast;
using interpreter::Value;

namespace {

bool isLiteralScalar(const Ast &ast)
{
    return ast.isString() || ast.isInteger() || ast.isFloat() || ast.isAtom(u"true") || ast.isAtom(u"false");
}

// {:array, t} of the elements' one type, {:array, :any} when they differ.
template<typename List, typename F>
QueryType arrayOf(const List &items, F typeOf)
{
    std::optional<QueryType> common;
    for (const auto &e : items) {
        const QueryType et = typeOf(e);
        if (!common)
            common = et;
        else if (!(*common == et))
            return QueryType::array(QueryType::any());
    }
    return QueryType::array(common.value_or(QueryType::any()));
}

// The quoted type of a literal value (quoted_type/2 of a literal).
QueryType termType(const Term &t)
{
    switch (t.kind()) {
    case Term::Kind::Float:
        return QueryType::primitive(QStringLiteral("float"));
    case Term::Kind::String:
        return QueryType::primitive(QStringLiteral("string"));
    case Term::Kind::Binary:
        return QueryType::primitive(QStringLiteral("binary"));
    case Term::Kind::Integer:
        return QueryType::primitive(QStringLiteral("integer"));
    case Term::Kind::Atom:
        if (t.isNil())
            return QueryType::any();
        return QueryType::primitive(t.isBoolean() ? QStringLiteral("boolean") : QStringLiteral("atom"));
    case Term::Kind::List:
        return arrayOf(t.elements(), termType);
    default:
        return QueryType::any();
    }
}

Term astLiteral(const Ast &ast)
{
    switch (ast.kind()) {
    case Ast::Kind::Integer:
        if (ast.isBigInteger())
            return Term::integer(BigInteger::parse(QString::fromLatin1(ast.integerText())).value_or(BigInteger()));
        return Term::integer(ast.integerValue());
    case Ast::Kind::Float:
        return Term::floating(ast.floatValue());
    case Ast::Kind::String:
        return Term::string(ast.text());
    case Ast::Kind::Atom:
        return Term::atom(ast.atomName());
    default:
        return Term::nil();
    }
}

// Ecto.Query.Builder's call_type/2: {argument type, result type} of the calls a
// query may contain; nothing for anything else.
struct CallType
{
    QueryType in;
    QueryType out;
};

std::optional<CallType> callType(const QString &name, int arity)
{
    static const QHash<QString, std::pair<QString, QString>> table = {
        {QStringLiteral("count/0"), {QString(), QStringLiteral("integer")}},
        {QStringLiteral("count/1"), {QString(), QStringLiteral("integer")}},
        {QStringLiteral("count/2"), {QString(), QStringLiteral("integer")}},
        {QStringLiteral("avg/1"), {QString(), QString()}},
        {QStringLiteral("sum/1"), {QString(), QString()}},
        {QStringLiteral("max/1"), {QString(), QString()}},
        {QStringLiteral("min/1"), {QString(), QString()}},
        {QStringLiteral("row_number/0"), {QString(), QStringLiteral("integer")}},
        {QStringLiteral("rank/0"), {QString(), QStringLiteral("integer")}},
        {QStringLiteral("dense_rank/0"), {QString(), QStringLiteral("integer")}},
        {QStringLiteral("percent_rank/0"), {QString(), QString()}},
        {QStringLiteral("cume_dist/0"), {QString(), QString()}},
        {QStringLiteral("ntile/1"), {QString(), QStringLiteral("integer")}},
        {QStringLiteral("first_value/1"), {QString(), QString()}},
        {QStringLiteral("last_value/1"), {QString(), QString()}},
        {QStringLiteral("nth_value/2"), {QString(), QString()}},
        {QStringLiteral("lag/1"), {QString(), QString()}},
        {QStringLiteral("lag/2"), {QString(), QString()}},
        {QStringLiteral("lag/3"), {QString(), QString()}},
        {QStringLiteral("lead/1"), {QString(), QString()}},
        {QStringLiteral("lead/2"), {QString(), QString()}},
        {QStringLiteral("lead/3"), {QString(), QString()}},
        {QStringLiteral("is_nil/1"), {QString(), QStringLiteral("boolean")}},
        {QStringLiteral("==/2"), {QString(), QStringLiteral("boolean")}},
        {QStringLiteral("!=/2"), {QString(), QStringLiteral("boolean")}},
        {QStringLiteral("</2"), {QString(), QStringLiteral("boolean")}},
        {QStringLiteral(">/2"), {QString(), QStringLiteral("boolean")}},
        {QStringLiteral("<=/2"), {QString(), QStringLiteral("boolean")}},
        {QStringLiteral(">=/2"), {QString(), QStringLiteral("boolean")}},
        {QStringLiteral("and/2"), {QStringLiteral("boolean"), QStringLiteral("boolean")}},
        {QStringLiteral("or/2"), {QStringLiteral("boolean"), QStringLiteral("boolean")}},
        {QStringLiteral("not/1"), {QStringLiteral("boolean"), QStringLiteral("boolean")}},
        {QStringLiteral("like/2"), {QStringLiteral("string"), QStringLiteral("boolean")}},
        {QStringLiteral("ilike/2"), {QStringLiteral("string"), QStringLiteral("boolean")}},
    };
    const auto it = table.constFind(name + u'/' + QString::number(arity));
    if (it == table.constEnd())
        return std::nullopt;
    auto type = [](const QString &t) { return t.isEmpty() ? QueryType::any() : QueryType::primitive(t); };
    return CallType{type(it->first), type(it->second)};
}

bool isDynamicAggregate(const QString &name, int arity)
{
    static const QStringList names{QStringLiteral("max/1"), QStringLiteral("min/1"), QStringLiteral("first_value/1"),
                                   QStringLiteral("last_value/1"), QStringLiteral("nth_value/2"), QStringLiteral("lag/3"),
                                   QStringLiteral("lead/3"), QStringLiteral("lag/2"), QStringLiteral("lead/2"),
                                   QStringLiteral("lag/1"), QStringLiteral("lead/1")};
    return names.contains(name + u'/' + QString::number(arity));
}

// `a |> f(b)` inside a query is f(a, b), as Kernel.|>/2 expands.
Ast expandPipe(const Ast &ast)
{
    const Ast &right = ast.args()[1];
    if (!right.isCall() || !right.argsIsList())
        return Ast();
    std::vector<Ast> args = right.args();
    args.insert(args.begin(), ast.args()[0]);
    return right.withArgs(std::move(args));
}

// The calls escapeCall/2 treats specially, found with one hash lookup.
enum class Call : quint8 {
    Other, Pin, Pipe, Block, Field, Type, Fragment, Subquery, Exists, All, Any, DatetimeAdd, DateAdd, FromNow, Ago, SigilS, SigilS2, SigilW, SigilW2, Attribute, Minus, Eq, Ne, Lt, Gt, Le, Ge, Plus, Times, Divide, In, Count, Filter, Coalesce, Over, SelectedAs, TupleCall, Match, OrOr, AndAnd, Not
};

Call callOf(const QString &name)
{
    static const QHash<QString, Call> calls{
        {QStringLiteral("^"), Call::Pin},
        {QStringLiteral("|>"), Call::Pipe},
        {QStringLiteral("__block__"), Call::Block},
        {QStringLiteral("field"), Call::Field},
        {QStringLiteral("type"), Call::Type},
        {QStringLiteral("fragment"), Call::Fragment},
        {QStringLiteral("subquery"), Call::Subquery},
        {QStringLiteral("exists"), Call::Exists},
        {QStringLiteral("all"), Call::All},
        {QStringLiteral("any"), Call::Any},
        {QStringLiteral("datetime_add"), Call::DatetimeAdd},
        {QStringLiteral("date_add"), Call::DateAdd},
        {QStringLiteral("from_now"), Call::FromNow},
        {QStringLiteral("ago"), Call::Ago},
        {QStringLiteral("sigil_s"), Call::SigilS},
        {QStringLiteral("sigil_S"), Call::SigilS2},
        {QStringLiteral("sigil_w"), Call::SigilW},
        {QStringLiteral("sigil_W"), Call::SigilW2},
        {QStringLiteral("@"), Call::Attribute},
        {QStringLiteral("-"), Call::Minus},
        {QStringLiteral("=="), Call::Eq},
        {QStringLiteral("!="), Call::Ne},
        {QStringLiteral("<"), Call::Lt},
        {QStringLiteral(">"), Call::Gt},
        {QStringLiteral("<="), Call::Le},
        {QStringLiteral(">="), Call::Ge},
        {QStringLiteral("+"), Call::Plus},
        {QStringLiteral("*"), Call::Times},
        {QStringLiteral("/"), Call::Divide},
        {QStringLiteral("in"), Call::In},
        {QStringLiteral("count"), Call::Count},
        {QStringLiteral("filter"), Call::Filter},
        {QStringLiteral("coalesce"), Call::Coalesce},
        {QStringLiteral("over"), Call::Over},
        {QStringLiteral("selected_as"), Call::SelectedAs},
        {QStringLiteral("{}"), Call::TupleCall},
        {QStringLiteral("="), Call::Match},
        {QStringLiteral("||"), Call::OrOr},
        {QStringLiteral("&&"), Call::AndAnd},
        {QStringLiteral("!"), Call::Not},
    };
    return calls.value(name, Call::Other);
}

} // namespace

bool ExprBuilder::isFieldAccess(const Ast &ast)
{
    if (!ast.isCall() || !ast.argsIsList() || !ast.args().empty())
        return false;
    const Ast &dot = ast.callForm();
    return dot.isCall(u".", 2) && dot.args()[1].isAtom();
}

ExprBuilder::ExprBuilder(BuildScope scope, BindingMap vars, std::vector<Param> &params)
    : m_scope(scope), m_vars(std::move(vars)), m_params(params)
{
}

Error ExprBuilder::errorAt(const Ast &ast, const QString &message)
{
    return errorAt(ast, Error{message});
}

Error ExprBuilder::errorAt(const Ast &ast, Error error)
{
    const elixir::SourcePos pos = ast.isCall() ? ast.pos() : elixir::SourcePos{};
    return error.at(pos.line, pos.column);
}

int ExprBuilder::addParam(Param param)
{
    m_params.push_back(std::move(param));
    return int(m_params.size()) - 1;
}

Result<Value> ExprBuilder::evaluate(const Ast &ast)
{
    return m_scope.interpreter.eval(ast, m_scope.env);
}

Result<int> ExprBuilder::bindingOf(const Ast &var)
{
    const auto it = m_vars.constFind(var.callName());
    if (it == m_vars.constEnd())
        return errorAt(var, Error{QStringLiteral("unbound variable `%1` in query. If you are "
                                           "attempting to interpolate a value, use ^%1")
                                .arg(var.callName()), QStringLiteral("Ecto.Query.CompileError")});
    return *it;
}

Result<QString> ExprBuilder::atomArg(const Ast &ast, const char *what)
{
    if (ast.isAtom())
        return ast.atomName();
    if (ast.isCall(u"^", 1)) {
        Result<Value> v = evaluate(ast.args()[0]);
        if (!v)
            return v.failure();
        if (v->isAtom() && !v->isNil())
            return v->atomName();
        if (v->isBinary())
            return v->text();
        return errorAt(ast, Error{QStringLiteral("expected atom in %1, got: `%2`")
                                .arg(QLatin1String(what), v->inspect()), QStringLiteral("Ecto.Query.CompileError")});
    }
    return errorAt(ast, Error{QStringLiteral("expected literal atom or interpolated value in %1, "
                                       "got: `%2`")
                            .arg(QLatin1String(what), ast.callName()), QStringLiteral("Ecto.Query.CompileError")});
}

QueryType ExprBuilder::quotedType(const Ast &ast)
{
    switch (ast.kind()) {
    case Ast::Kind::Integer:
    case Ast::Kind::Float:
    case Ast::Kind::String:
    case Ast::Kind::Atom:
        return termType(astLiteral(ast));
    case Ast::Kind::List:
        return arrayOf(ast.elements(), [this](const Ast &e) { return quotedType(e); });
    case Ast::Kind::Tuple:
    case Ast::Kind::Invalid:
        return QueryType::any();
    case Ast::Kind::Call:
        break;
    }
    if (isFieldAccess(ast)) {
        const Ast &callee = ast.callForm().args()[0];
        if (callee.isVariable() && m_vars.contains(callee.callName()))
            return QueryType::field(m_vars.value(callee.callName()), ast.callForm().args()[1].atomName());
        if ((callee.isCall(u"as", 1) || callee.isCall(u"parent_as", 1)) && callee.args()[0].isAtom())
            return QueryType::named(callee.args()[0].atomName(), ast.callForm().args()[1].atomName(),
                                    callee.isCall(u"parent_as"));
        return QueryType::any();
    }
    const QString name = ast.callName();
    const auto &args = ast.args();
    if (name == u"field" && args.size() == 2 && args[0].isVariable() && m_vars.contains(args[0].callName())) {
        Result<QString> f = atomArg(args[1], "field/2");
        return f ? QueryType::field(m_vars.value(args[0].callName()), *f) : QueryType::any();
    }
    if (name == u"datetime_add" && args.size() == 3)
        return QueryType::primitive(QStringLiteral("naive_datetime"));
    if (name == u"date_add" && args.size() == 3)
        return QueryType::primitive(QStringLiteral("date"));
    if (name == u"type" && args.size() == 2) {
        Result<QueryType> t = validateType(args[1]);
        return t ? *t : QueryType::any();
    }
    if ((name == u"sigil_s" || name == u"sigil_S") && args.size() == 2)
        return QueryType::primitive(QStringLiteral("string"));
    if ((name == u"sigil_w" || name == u"sigil_W") && args.size() == 2)
        return QueryType::array(QueryType::primitive(QStringLiteral("string")));
    if (name == u"-" && args.size() == 1 && (args[0].isInteger() || args[0].isFloat()))
        return quotedType(args[0]);
    if (name == u"|>" && args.size() == 2) {
        const Ast expanded = expandPipe(ast);
        return expanded.isValid() ? quotedType(expanded) : QueryType::any();
    }
    if (isDynamicAggregate(name, int(args.size())))
        return quotedType(args[0]);
    if (const auto ct = callType(name, int(args.size())))
        return ct->out;
    return QueryType::any();
}

Result<ExprPtr> ExprBuilder::literal(const Ast &at, const Term &value, const QueryType &expected)
{
    Q_UNUSED(at);
    if (expected.isAny() || expected == termType(value))
        return Expr::literalOf(value);
    auto e = Expr::make(Expr::Kind::Tagged);
    e->literal = value;
    e->type = expected;
    return ExprPtr(e);
}

Result<ExprPtr> ExprBuilder::valueToExpr(const Value &value, const QueryType &type, const Ast &at)
{
    Result<Term> t = value::TermValue::fromValue(value);
    if (!t)
        return errorAt(at, Error{QStringLiteral("`%1` is not a valid query expression").arg(value.inspect()), QStringLiteral("Ecto.Query.CompileError")});
    return literal(at, *t, type);
}

Result<ExprPtr> ExprBuilder::escape(const Ast &ast, const QueryType &type)
{
    switch (ast.kind()) {
    case Ast::Kind::Integer:
        return literal(ast, astLiteral(ast), type);
    case Ast::Kind::Float:
    case Ast::Kind::String:
        return literal(ast, astLiteral(ast), type);
    case Ast::Kind::Atom:
        if (ast.isAtom(u"nil"))
            return Expr::literalOf(Term::nil());
        return literal(ast, astLiteral(ast), type);
    case Ast::Kind::List:
        return escapeList(ast, type);
    case Ast::Kind::Tuple:
        return escapeTuple(ast.elements());
    case Ast::Kind::Call:
        return escapeCall(ast, type);
    case Ast::Kind::Invalid:
        break;
    }
    return errorAt(ast, Error{QStringLiteral("not a valid query expression"), QStringLiteral("Ecto.Query.CompileError")});
}

// `{a, b}` and `{:{}, [], [a, b, c]}`: each element escaped on its own.
Result<ExprPtr> ExprBuilder::escapeTuple(elixir::AstSpan elements)
{
    std::vector<ExprPtr> items;
    for (const Ast &e : elements) {
        Result<ExprPtr> x = escape(e);
        if (!x)
            return x;
        items.push_back(*x);
    }
    auto t = Expr::make(Expr::Kind::Tuple);
    t->args = std::move(items);
    return ExprPtr(t);
}

Result<ExprPtr> ExprBuilder::escapeList(const Ast &ast, const QueryType &type)
{
    const auto &elements = ast.elements();
    if (std::all_of(elements.begin(), elements.end(), isLiteralScalar)) {
        std::vector<Term> items;
        for (const Ast &e : elements)
            items.push_back(astLiteral(e));
        return literal(ast, Term::list(std::move(items)), type);
    }
    const QueryType inner = type.kind() == QueryType::Kind::Array ? type.inner() : QueryType::any();
    std::vector<ExprPtr> items;
    for (const Ast &e : elements) {
        Result<ExprPtr> x = escape(e, inner);
        if (!x)
            return x;
        items.push_back(*x);
    }
    return Expr::list(std::move(items));
}

Result<ExprPtr> ExprBuilder::escapeField(const Ast &callee, const Ast &fieldAst, const Ast &at)
{
    Result<QString> field = atomArg(fieldAst, "field/2");
    if (!field)
        return field.failure();
    if (callee.isVariable()) {
        Result<int> b = bindingOf(callee);
        if (!b)
            return b.failure();
        return Expr::field(*b, *field);
    }
    if ((callee.isCall(u"as", 1) || callee.isCall(u"parent_as", 1))) {
        Result<QString> name = atomArg(callee.args()[0], callee.isCall(u"as") ? "as/1" : "parent_as/1");
        if (!name)
            return name.failure();
        auto e = Expr::make(Expr::Kind::Field);
        e->name = *field;
        e->alias = *name;
        e->parent = callee.isCall(u"parent_as");
        return ExprPtr(e);
    }
    return errorAt(at, Error{QStringLiteral("cannot fetch field `%1` from `%2`. Can only fetch fields "
                                      "from sources, named bindings (as/1) and parent named bindings (parent_as/1)")
                           .arg(*field, callee.callName()), QStringLiteral("Ecto.Query.CompileError")});
}

Result<ExprPtr> ExprBuilder::escapePin(const Ast &ast, const QueryType &type)
{
    const Ast &arg = ast.args()[0];
    const bool unbound = arg.isVariable() && !m_scope.env.has(arg.callName()) && !arg.callName().startsWith(u'_')
                         && !m_scope.interpreter.hasFunction(m_scope.env.module(), arg.callName(), 0);
    if (unbound) {
        Param p;
        p.open = arg.callName();
        p.type = type;
        p.pos = ast.pos();
        m_scope.context.addOpen(p.open, p.pos);
        return Expr::param(addParam(std::move(p)));
    }
    Result<Value> value = evaluate(arg);
    if (!value)
        return value.failure();
    if (const DynamicValue *dyn = DynamicValue::unwrap(*value))
        return inlineDynamic(*dyn, ast.pos());
    if (QueryValue::unwrap(*value))
        return errorAt(ast, Error{QStringLiteral("a query cannot be interpolated with ^, use subquery/1"), QStringLiteral("Ecto.Query.CastError")});
    Result<Term> term = value::TermValue::fromValue(*value);
    if (!term)
        return errorAt(ast, Error{QStringLiteral("value `%1` cannot be used as a query parameter")
                                .arg(value->inspect()), QStringLiteral("Ecto.Query.CastError")});
    Param p;
    p.value = *term;
    p.type = type;
    p.pos = ast.pos();
    return Expr::param(addParam(std::move(p)));
}

Result<ExprPtr> ExprBuilder::escapeCall(const Ast &ast, const QueryType &type)
{
    if (ast.isVariable()) {
        Result<int> b = bindingOf(ast);
        if (!b)
            return b.failure();
        return Expr::source(*b);
    }
    if (isFieldAccess(ast))
        return escapeField(ast.callForm().args()[0], ast.callForm().args()[1], ast);
    if (isAccessGet(ast) || ast.isCall(u"json_extract_path", 2))
        return escapeJsonPath(ast);
    if (!ast.callForm().isAtom())
        return errorAt(ast, Error{QStringLiteral("`%1` is not a valid query expression. If you intended "
                                           "to call an Elixir function or introduce a value, you need to explicitly "
                                           "interpolate it with ^")
                                .arg(ast.callForm().isCall(u".", 2) ? ast.callForm().args()[1].atomName() : QString()), QStringLiteral("Ecto.Query.CompileError")});
    const QString name = ast.callName();
    const auto &args = ast.args();
    const int arity = int(args.size());
    const Call k = callOf(name);
    if (k == Call::Pin && arity == 1)
        return escapePin(ast, type);
    if (k == Call::Pipe && arity == 2) {
        const Ast expanded = expandPipe(ast);
        if (expanded.isValid())
            return escape(expanded, type);
    }
    if (k == Call::Block && arity == 1)
        return escape(args[0], type);
    if (k == Call::Field && arity == 2)
        return escapeField(args[0], args[1], ast);
    if (k == Call::Type && arity == 2)
        return escapeTypeCall(ast);
    if (k == Call::Fragment && arity >= 1)
        return escapeFragment(ast);
    if (k == Call::Subquery && arity == 1)
        return escapeSubquery(args[0], ast.pos());
    if ((k == Call::Exists || k == Call::All || k == Call::Any) && arity == 1) {
        const Ast inner = args[0].isCall(u"subquery", 1) ? args[0].args()[0] : args[0];
        Result<ExprPtr> sub = escapeSubquery(inner, ast.pos());
        if (!sub)
            return sub;
        return Expr::call(name, {*sub});
    }
    if ((k == Call::DatetimeAdd || k == Call::DateAdd) && arity == 3)
        return escapeInterval(name, ast, type);
    if ((k == Call::FromNow || k == Call::Ago) && arity == 2)
        return escapeInterval(name, ast, type);
    if ((k == Call::SigilS || k == Call::SigilS2 || k == Call::SigilW || k == Call::SigilW2) && arity == 2) {
        Result<Value> v = evaluate(ast);
        if (!v)
            return v.failure();
        return valueToExpr(*v, type, ast);
    }
    if (k == Call::Attribute && arity == 1) {
        Result<Value> v = evaluate(ast);
        if (!v)
            return v.failure();
        return valueToExpr(*v, type, ast);
    }
    if (k == Call::Minus && arity == 1) {
        if (args[0].isInteger())
            return literal(ast, Term::integer(-args[0].integerValue()), type);
        if (args[0].isFloat())
            return literal(ast, Term::floating(-args[0].floatValue()), type);
        return escapeArgs(name, args, type);
    }
    if ((k == Call::Eq || k == Call::Ne || k == Call::Lt || k == Call::Gt || k == Call::Le || k == Call::Ge) && arity == 2)
        return escapeComparison(name, ast);
    if ((k == Call::Plus || k == Call::Minus || k == Call::Times || k == Call::Divide) && arity == 2)
        return escapeArgs(name, args, type);
    if (k == Call::In && arity == 2)
        return escapeIn(ast);
    if (k == Call::Count && arity == 2 && args[1].isAtom(u"distinct")) {
        Result<ExprPtr> inner = escape(args[0], type);
        if (!inner)
            return inner;
        return Expr::call(name, {*inner, Expr::literalOf(Term::atom(QStringLiteral("distinct")))});
    }
    if (k == Call::Filter && arity == 1)
        return escape(args[0], type);
    if (k == Call::Filter && arity == 2) {
        Result<ExprPtr> agg = escape(args[0], type);
        if (!agg)
            return agg;
        Result<ExprPtr> cond = escape(args[1], QueryType::primitive(QStringLiteral("boolean")));
        if (!cond)
            return cond;
        return Expr::call(name, {*agg, *cond});
    }
    if (k == Call::Coalesce && arity == 2)
        return escapeArgs(name, args, type);
    if (k == Call::Over && (arity == 1 || arity == 2))
        return escapeOver(ast);
    if (k == Call::SelectedAs && arity == 1) {
        Result<QString> alias = atomArg(args[0], "selected_as/1");
        if (!alias)
            return alias.failure();
        auto e = Expr::make(Expr::Kind::SelectedAsRef);
        e->name = *alias;
        return ExprPtr(e);
    }
    if (k == Call::SelectedAs && arity == 2)
        return errorAt(ast, Error{QStringLiteral("selected_as/2 can only be used at the root of a select statement"), QStringLiteral("Ecto.Query.CompileError")});
    if (k == Call::TupleCall)
        return escapeTuple(args);
    if (k == Call::Match)
        return errorAt(ast, Error{QStringLiteral("the match operator is not supported: `=`. Did you mean to use `==` instead?"), QStringLiteral("Ecto.Query.CompileError")});
    if (k == Call::OrOr || k == Call::AndAnd || k == Call::Not)
        return errorAt(ast, Error{QStringLiteral("short-circuit operators are not supported: `%1`. "
                                           "Instead use boolean operators: `and`, `or`, and `not`")
                                .arg(name), QStringLiteral("Ecto.Query.CompileError")});
    if (const auto ct = callType(name, arity))
        return escapeArgs(name, args, ct->in);
    return errorAt(ast, Error{QStringLiteral("`%1/%2` is not a valid query expression. If you are "
                                       "trying to invoke a function that is not supported by Ecto, you can use fragments")
                            .arg(name)
                            .arg(arity), QStringLiteral("Ecto.Query.CompileError")});
}

} // namespace ectowb::query
