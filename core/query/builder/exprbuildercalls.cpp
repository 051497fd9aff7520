// ExprBuilder: the calls of the query API with rules of their own: comparisons
// and `in` (how they type their operands), type/2, fragments, subqueries,
// intervals (datetime_add, ago...) and window functions.
#include "exprbuilder.h"

#include "query/host/querycontext.h"
#include "query/host/queryvalue.h"

#include "value/termvalue.h"
#include "interpreter/interpreter.h"

#include <QDateTime>

namespace ectowb::query {

using elixir::Ast;
using interpreter::Value;

namespace {

// split_fragment/2: "?" separates the pieces, "\\?" is a literal question mark.
std::vector<QString> splitFragment(const QString &text)
{
    std::vector<QString> pieces;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\\' && i + 1 < text.size() && text[i + 1] == u'?') {
            current += u'?';
            ++i;
        } else if (text[i] == u'?') {
            pieces.push_back(current);
            current.clear();
        } else {
            current += text[i];
        }
    }
    pieces.push_back(current);
    return pieces;
}

} // namespace

Result<QueryType> ExprBuilder::validateType(const Ast &ast)
{
    if (ast.isAtom() && !ast.isAtom(u"nil"))
        return QueryType::primitive(ast.atomName());
    if (ast.isTuple() && ast.elements()[0].isAtom()) {
        Result<QueryType> inner = validateType(ast.elements()[1]);
        if (!inner)
            return inner;
        if (ast.elements()[0].isAtom(u"array"))
            return QueryType::array(*inner);
        if (ast.elements()[0].isAtom(u"map"))
            return QueryType::primitive(QStringLiteral("map"));
    }
    if (ast.isCall(u"^", 1)) {
        Result<Value> v = evaluate(ast.args()[0]);
        if (!v)
            return v.failure();
        if (v->isAtom())
            return QueryType::primitive(v->atomName().startsWith(u"Elixir.") ? v->atomName().mid(7) : v->atomName());
        if (v->isTuple(2) && v->elements()[0].isAtom(u"array") && v->elements()[1].isAtom())
            return QueryType::array(QueryType::primitive(v->elements()[1].atomName()));
    }
    // An alias is the type module itself (validate_type!/3 expands it and keeps it):
    // type(^v, Ecto.UUID) stays Ecto.UUID, for the planner to cast by and the adapter
    // to dump by; the SQL type (:uuid) is the planner's Ecto.Type.type/1.
    if (ast.isCall(u"__aliases__"))
        return QueryType::primitive(m_scope.env.aliases().expand(ast));
    if (isFieldAccess(ast) && ast.callForm().args()[0].isVariable()) {
        Result<int> b = bindingOf(ast.callForm().args()[0]);
        if (!b)
            return b.failure();
        return QueryType::field(*b, ast.callForm().args()[1].atomName());
    }
    if (ast.isCall(u"field", 2) && ast.args()[0].isVariable()) {
        Result<int> b = bindingOf(ast.args()[0]);
        if (!b)
            return b.failure();
        Result<QString> f = atomArg(ast.args()[1], "field/2");
        if (!f)
            return f.failure();
        return QueryType::field(*b, *f);
    }
    return errorAt(ast, Error{QStringLiteral("type/2 expects an alias, atom, initialized "
                                       "parameterized type or source.field as second argument"), QStringLiteral("Ecto.Query.CompileError")});
}

Result<ExprPtr> ExprBuilder::escapeTypeCall(const Ast &ast)
{
    const Ast &inner = ast.args()[0];
    Result<QueryType> type = validateType(ast.args()[1]);
    if (!type)
        return type.failure();
    static const QStringList typed{QStringLiteral("coalesce"), QStringLiteral("field"), QStringLiteral("+"),
                                   QStringLiteral("-"), QStringLiteral("*"), QStringLiteral("/"),
                                   QStringLiteral("fragment"), QStringLiteral("avg"), QStringLiteral("count"),
                                   QStringLiteral("max"), QStringLiteral("min"), QStringLiteral("sum"),
                                   QStringLiteral("over"), QStringLiteral("filter")};
    // Ecto.Query.Builder.escape/5 takes `var.field` and `parent_as(:a).field` as the
    // first argument of type/2, but not `as(:a).field`
    const bool field = isFieldAccess(inner)
                       && (inner.callForm().args()[0].isVariable() || inner.callForm().args()[0].isCall(u"parent_as", 1));
    const bool allowed = inner.isCall(u"^", 1) || field
                         || (inner.isCall() && inner.callForm().isAtom() && typed.contains(inner.callName()));
    if (!allowed)
        return errorAt(ast, Error{QStringLiteral("the first argument of type/2 must be one of: "
                                           "interpolations, fields, fragments, arithmetic, aggregations, coalesce or "
                                           "parent_as/1 fields"), QStringLiteral("Ecto.Query.CompileError")});
    Result<ExprPtr> escaped = escape(inner, *type);
    if (!escaped)
        return escaped;
    auto e = Expr::make(Expr::Kind::Type);
    e->args = {*escaped};
    e->type = *type;
    return ExprPtr(e);
}

Result<ExprPtr> ExprBuilder::escapeSubquery(const Ast &queryAst, elixir::SourcePos pos)
{
    Result<Value> value = evaluate(queryAst);
    if (!value)
        return value.failure();
    Result<QueryPtr> q = m_scope.context.toQuery(*value);
    if (!q)
        return errorAt(queryAst, q.failure());
    QueryPtr sub = *q;
    if (const QueryValue *qv = QueryValue::unwrap(*value); qv && qv->isSubquery())
        sub = qv->query();
    auto e = Expr::make(Expr::Kind::Subquery);
    e->subquery = sub;
    Param marker;
    marker.subquery = sub;
    marker.pos = pos;
    addParam(std::move(marker));
    return ExprPtr(e);
}

Result<ExprPtr> ExprBuilder::escapeInterval(const QString &name, const Ast &ast, const QueryType &type)
{
    Q_UNUSED(type);
    const auto &args = ast.args();
    const bool relative = name == u"from_now" || name == u"ago";
    const Ast &intervalAst = relative ? args[1] : args[2];
    Ast count = relative ? args[0] : args[1];
    ExprPtr base;
    ExprPtr countExpr;
    if (relative) {
        // ^DateTime.utc_now(): the clock is read when the query is built, as in Ecto.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QTime t = now.time();
        Param p;
        p.value = Term::utcDateTime(now.date(), {t.hour(), t.minute(), t.second(), t.msec() * 1000, 6});
        p.type = QueryType::anyDatetime();
        p.pos = ast.pos();
        base = Expr::param(addParam(std::move(p)));
    } else {
        Result<ExprPtr> b = escape(args[0], name == u"date_add" ? QueryType::primitive(QStringLiteral("date"))
                                                                : QueryType::anyDatetime());
        if (!b)
            return b;
        base = *b;
    }
    if (name == u"ago" && count.isCall(u"^", 1)) {
        // ago(^n, ...) negates the value at runtime (Ecto.Query.Builder.negate!/1).
        Result<Value> v = evaluate(count.args()[0]);
        if (!v)
            return v.failure();
        Result<Term> t = value::TermValue::fromValue(*v);
        if (!t || !(t->isNumber() || t->isDecimal()))
            return errorAt(ast, Error{QStringLiteral("ago/2 expects a number, got: %1").arg(v->inspect()), QStringLiteral("ArgumentError")});
        Param np;
        np.value = t->isInteger() ? Term::integer(-t->integerValue())
                   : t->isFloat() ? Term::floating(-t->floatValue())
                                  : Term::decimal(value::Decimal(-t->decimalValue().sign(), t->decimalValue().coefficient(),
                                                                     t->decimalValue().exponent()));
        np.type = QueryType::primitive(QStringLiteral("decimal"));
        np.pos = count.pos();
        countExpr = Expr::param(addParam(std::move(np)));
    } else {
        if (name == u"ago")
            count = Ast::call(QStringLiteral("-"), ast.pos(), {count});
        // escape_interval/5: the count's type is :integer or :float only for literals
        const QueryType countType = count.isFloat()     ? QueryType::primitive(QStringLiteral("float"))
                                    : count.isInteger() ? QueryType::primitive(QStringLiteral("integer"))
                                                        : QueryType::primitive(QStringLiteral("decimal"));
        Result<ExprPtr> c = escape(count, countType);
        if (!c)
            return c;
        countExpr = *c;
    }
    QString interval;
    if (intervalAst.isString()) {
        interval = intervalAst.text();
    } else if (intervalAst.isCall(u"^", 1)) {
        Result<Value> v = evaluate(intervalAst.args()[0]);
        if (!v)
            return v.failure();
        interval = v->isBinary() ? v->text() : v->inspect();
    }
    static const QStringList valid{QStringLiteral("year"), QStringLiteral("month"), QStringLiteral("week"),
                                   QStringLiteral("day"), QStringLiteral("hour"), QStringLiteral("minute"),
                                   QStringLiteral("second"), QStringLiteral("millisecond"),
                                   QStringLiteral("microsecond")};
    if (!valid.contains(interval))
        return errorAt(ast, Error{QStringLiteral("invalid interval: `\"%1\"` (expected one of %2)")
                                .arg(interval, valid.join(QStringLiteral(", "))), QStringLiteral("Ecto.Query.CompileError")});
    return Expr::call(relative ? QStringLiteral("datetime_add") : name,
                      {base, countExpr, Expr::literalOf(Term::string(interval))});
}

Result<ExprPtr> ExprBuilder::escapeOver(const Ast &ast)
{
    const auto &args = ast.args();
    const Ast &agg = args[0];
    if (!agg.isCall() || !agg.callForm().isAtom())
        return errorAt(ast, Error{QStringLiteral("over/2 expects a window function as first argument"), QStringLiteral("Ecto.Query.CompileError")});
    Result<ExprPtr> aggregate = escape(agg.argsIsList() ? agg : Ast::call(agg.callName(), agg.pos(), {}));
    if (!aggregate)
        return aggregate;
    auto e = Expr::make(Expr::Kind::Over);
    e->args = {*aggregate};
    if (args.size() == 1 || (args[1].isList() && args[1].elements().empty()))
        return ExprPtr(e);
    if (args[1].isAtom()) {
        e->name = args[1].atomName();
        return ExprPtr(e);
    }
    Result<ExprPtr> window = escapeWindow(args[1]);
    if (!window)
        return window;
    e->args.push_back(*window);
    return ExprPtr(e);
}

Result<ExprPtr> ExprBuilder::escapeFragmentArg(const Ast &ast)
{
    const bool named = ast.isCall(u"literal", 1) || ast.isCall(u"identifier", 1) || ast.isCall(u"constant", 1);
    if (named) {
        if (!ast.args()[0].isCall(u"^", 1))
            return errorAt(ast, Error{QStringLiteral("%1/1 in fragment expects an interpolated value, "
                                               "such as %1(^value)").arg(ast.callName()), QStringLiteral("Ecto.Query.CompileError")});
        Result<Value> v = evaluate(ast.args()[0].args()[0]);
        if (!v)
            return v.failure();
        const bool ok = ast.isCall(u"constant") ? (v->isBinary() || v->isNumber()) : (v->isBinary() || v->isAtom());
        if (!ok)
            return errorAt(ast, Error{QStringLiteral("%1(^value) expects `value` to be a string, got `%2`")
                                    .arg(ast.callName(), v->inspect()), QStringLiteral("ArgumentError")});
        Result<Term> t = value::TermValue::fromValue(v->isAtom() ? Value::string(v->atomName()) : *v);
        if (!t)
            return t.failure();
        return Expr::call(ast.callName(), {Expr::literalOf(*t)});
    }
    if (ast.isCall(u"splice", 1)) {
        if (!ast.args()[0].isCall(u"^", 1))
            return errorAt(ast, Error{QStringLiteral("splice/1 in fragment expects an interpolated value, "
                                               "such as splice(^value)"), QStringLiteral("Ecto.Query.CompileError")});
        Result<Value> v = evaluate(ast.args()[0].args()[0]);
        if (!v)
            return v.failure();
        Result<Term> t = value::TermValue::fromValue(*v);
        if (!t || !t->isList())
            return errorAt(ast, Error{QStringLiteral("splice(^value) expects `value` to be a list, got `%1`")
                                    .arg(v->inspect()), QStringLiteral("ArgumentError")});
        Param p;
        p.value = *t;
        p.splice = true;
        p.pos = ast.pos();
        auto e = Expr::make(Expr::Kind::Splice);
        e->index = addParam(std::move(p));
        return ExprPtr(e);
    }
    return escape(ast);
}

Result<ExprPtr> ExprBuilder::escapeFragment(const Ast &ast)
{
    const auto &args = ast.args();
    const Ast &first = args[0];
    if (first.isList() || first.isCall(u"^", 1))
        return errorAt(ast, Error{QStringLiteral("SQL adapters do not support keyword or interpolated fragments"), QStringLiteral("Ecto.QueryError")});
    QString text;
    if (first.isString()) {
        text = first.text();
    } else if (first.isCall(u"@", 1)) {
        Result<Value> v = evaluate(first);
        if (!v)
            return v.failure();
        if (!v->isBinary())
            return errorAt(ast, Error{QStringLiteral("fragment(...) expects the first argument to be a string"), QStringLiteral("Ecto.Query.CompileError")});
        text = v->text();
    } else {
        return errorAt(ast, Error{QStringLiteral("to prevent SQL injection attacks, fragment(...) does "
                                           "not allow strings to be interpolated as the first argument via the `^` "
                                           "operator"), QStringLiteral("Ecto.Query.CompileError")});
    }
    std::vector<QString> pieces = splitFragment(text);
    if (pieces.size() != args.size())
        return errorAt(ast, Error{QStringLiteral("fragment(...) expects extra arguments in the same "
                                           "amount of question marks in string. It received %1 extra argument(s) but "
                                           "expected %2")
                                .arg(args.size() - 1)
                                .arg(pieces.size() - 1), QStringLiteral("Ecto.Query.CompileError")});
    auto e = Expr::make(Expr::Kind::Fragment);
    e->texts = std::move(pieces);
    for (size_t i = 1; i < args.size(); ++i) {
        Result<ExprPtr> x = escapeFragmentArg(args[i]);
        if (!x)
            return x;
        e->args.push_back(*x);
    }
    return ExprPtr(e);
}

Result<ExprPtr> ExprBuilder::escapeComparison(const QString &op, const Ast &ast)
{
    const Ast &left = ast.args()[0];
    const Ast &right = ast.args()[1];
    if (left.isAtom(u"nil") || right.isAtom(u"nil"))
        return errorAt(ast, Error{QStringLiteral("comparison with nil is forbidden as it is unsafe. "
                                           "If you want to check if a value is nil, use is_nil/1 instead"), QStringLiteral("Ecto.Query.CompileError")});
    const QueryType ltype = quotedType(right);
    const QueryType rtype = quotedType(left);
    Result<ExprPtr> call = escapeOperands(op, left, ltype, right, rtype);
    if (!call)
        return call;
    for (const ExprPtr &side : (*call)->args) {
        if (side->kind == Expr::Kind::Param && m_params[size_t(side->index)].open.isEmpty()
            && m_params[size_t(side->index)].value.isNil() && !m_params[size_t(side->index)].subquery)
            return errorAt(ast, Error{QStringLiteral("comparison with nil is forbidden as it is unsafe. If you "
                                               "want to check if a value is nil, use is_nil/1 instead"), QStringLiteral("ArgumentError")});
    }
    return call;
}

// `left op right` with each side escaped as the type the other side gives it.
Result<ExprPtr> ExprBuilder::escapeOperands(const QString &op, const Ast &left, const QueryType &ltype,
                                            const Ast &right, const QueryType &rtype)
{
    Result<ExprPtr> l = escape(left, ltype);
    if (!l)
        return l;
    Result<ExprPtr> r = escape(right, rtype);
    if (!r)
        return r;
    return Expr::call(op, {*l, *r});
}

Result<ExprPtr> ExprBuilder::escapeIn(const Ast &ast)
{
    const Ast &left = ast.args()[0];
    const Ast &right = ast.args()[1];
    QueryType ltype;
    QueryType rtype;
    if (right.isList() || right.isCall(u"sigil_w") || right.isCall(u"sigil_W")) {
        const QueryType rt = quotedType(right);
        ltype = rt.inner();
        rtype = QueryType::array(quotedType(left));
    } else {
        ltype = QueryType::out(quotedType(right));
        rtype = QueryType::in(quotedType(left));
    }
    return escapeOperands(QStringLiteral("in"), left, ltype, right, rtype);
}

Result<ExprPtr> ExprBuilder::escapeArgs(const QString &name, const std::vector<Ast> &args, const QueryType &type)
{
    std::vector<ExprPtr> items;
    for (const Ast &a : args) {
        Result<ExprPtr> x = escape(a, type);
        if (!x)
            return x;
        items.push_back(*x);
    }
    return Expr::call(name, std::move(items));
}

bool ExprBuilder::isAccessGet(const Ast &ast)
{
    if (!ast.isCall() || !ast.argsIsList() || ast.args().size() != 2)
        return false;
    const Ast &dot = ast.callForm();
    if (!dot.isCall(u".", 2) || !dot.args()[1].isAtom(u"get"))
        return false;
    // x[k] quotes as {{:., [], [Access, :get]}, [], [x, k]}: the module atom itself
    const Ast &module = dot.args()[0];
    if (module.isAtom(u"Elixir.Access") || module.isAtom(u"Access"))
        return true;
    return module.isCall(u"__aliases__") && module.args().size() == 1 && module.args()[0].isAtom(u"Access");
}

// A key of a JSON path: a literal string or integer, or one interpolated with ^.
Result<Term> ExprBuilder::jsonPathKey(const Ast &key)
{
    if (key.isString())
        return Term::string(key.text());
    if (key.isInteger())
        return Term::integer(key.integerValue());
    if (key.isCall(u"^", 1)) {
        Result<Value> v = evaluate(key.args()[0]);
        if (!v)
            return v.failure();
        if (v->isBinary())
            return Term::string(v->text());
        if (v->isInteger())
            return Term::integer(v->integerValue());
    }
    return errorAt(key, Error{QStringLiteral("expected JSON path to contain literal strings or "
                                       "integers, got: `%1`").arg(key.callName()), QStringLiteral("Ecto.Query.CompileError")});
}

// Ecto.Query.Builder: x["a"][0] nests into one {:json_extract_path, [], [x, ["a", 0]]},
// and a path applied to a json_extract_path extends it.
Result<ExprPtr> ExprBuilder::escapeJsonPath(const Ast &ast)
{
    std::vector<Term> path;
    Ast base = ast;
    while (isAccessGet(base)) {
        Result<Term> key = jsonPathKey(base.args()[1]);
        if (!key)
            return key.failure();
        path.insert(path.begin(), *key);
        base = base.args()[0];
    }
    if (base.isCall(u"json_extract_path", 2)) {
        const Ast &list = base.args()[1];
        std::vector<Term> keys;
        if (list.isCall(u"^", 1)) {
            Result<Value> v = evaluate(list.args()[0]);
            if (!v)
                return v.failure();
            Result<Term> t = v->isList() ? value::TermValue::fromValue(*v) : Result<Term>(Error{QString()});
            if (!t)
                return errorAt(list, Error{QStringLiteral("expected JSON path to be a list"), QStringLiteral("Ecto.Query.CompileError")});
            keys = t->elements();
        } else if (list.isList()) {
            for (const Ast &k : list.elements()) {
                Result<Term> key = jsonPathKey(k);
                if (!key)
                    return key.failure();
                keys.push_back(*key);
            }
        } else {
            return errorAt(list, Error{QStringLiteral("expected JSON path to be a literal list or "
                                                "an interpolated value"), QStringLiteral("Ecto.Query.CompileError")});
        }
        for (const Term &k : keys) {
            if (!k.isString() && !k.isInteger())
                return errorAt(list, Error{QStringLiteral("expected JSON path to contain strings or integers"), QStringLiteral("ArgumentError")});
        }
        path.insert(path.begin(), keys.begin(), keys.end());
        base = base.args()[0];
    }
    Result<ExprPtr> inner = escape(base);
    if (!inner)
        return inner;
    if ((*inner)->isCall(u"json_extract_path")) {
        std::vector<Term> whole = (*inner)->args[1]->literal.elements();
        whole.insert(whole.end(), path.begin(), path.end());
        return Expr::call(QStringLiteral("json_extract_path"), {(*inner)->args[0], Expr::literalOf(Term::list(std::move(whole)))});
    }
    return Expr::call(QStringLiteral("json_extract_path"), {*inner, Expr::literalOf(Term::list(std::move(path)))});
}

} // namespace ectowb::query
