#include "sourceevaluator.h"

#include "querymacros.h"

#include <QDate>
#include <QRegularExpression>

#include <algorithm>

namespace ectowb::query {

using elixir::Ast;

namespace {

QString aliasName(const Ast &ast)
{
    QStringList parts;
    for (const Ast &segment : ast.args())
        parts << segment.atomName();
    return parts.join(u'.');
}

// Elixir's term order for the keys of a small map, enough for atom and string keys.
bool keyLess(const Term &a, const Term &b)
{
    if (a.kind() != b.kind())
        return a.kind() == Term::Kind::Atom; // atoms sort before binaries
    return a.text().toUtf8() < b.text().toUtf8();
}

std::optional<ectowb::changeset::ClockTime> parseClock(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d\\d):(\\d\\d):(\\d\\d)(?:\\.(\\d{1,6}))?$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    ectowb::changeset::ClockTime t;
    t.hour = m.captured(1).toInt();
    t.minute = m.captured(2).toInt();
    t.second = m.captured(3).toInt();
    const QString frac = m.captured(4);
    t.precision = int(frac.size());
    t.microsecond = frac.isEmpty() ? 0 : QString(frac + QString(6 - frac.size(), u'0')).toInt();
    return t;
}

Result<qint64> integerOf(const EvalValue &v, const Ast &where)
{
    if (!v.isTerm() || !v.term().isInteger())
        return SourceEvaluator::errorAt(where, QStringLiteral("expected an integer"));
    return v.term().integerValue();
}

} // namespace

Error SourceEvaluator::errorAt(const Ast &ast, const QString &message)
{
    const auto pos = ast.isCall() ? ast.pos() : elixir::SourcePos{};
    if (pos.line > 0)
        return Error{QStringLiteral("line %1:%2: %3").arg(pos.line).arg(pos.column).arg(message)};
    return Error{message};
}

Result<EvalValue> SourceEvaluator::evaluate(const Ast &ast)
{
    Env env;
    auto value = eval(ast, env);
    if (value && value->kind() == EvalValue::Kind::Multi)
        return value; // a Multi that was never run sends nothing
    return value;
}

Result<std::vector<EvalValue>> SourceEvaluator::evalArgs(elixir::AstSpan args, Env &env)
{
    std::vector<EvalValue> out;
    out.reserve(args.size());
    for (const Ast &a : args) {
        auto v = eval(a, env);
        if (!v)
            return Error{v.error()};
        out.push_back(*v);
    }
    return out;
}

Result<EvalValue> SourceEvaluator::eval(const Ast &ast, Env &env)
{
    switch (ast.kind()) {
    case Ast::Kind::Invalid:
        return Error{QStringLiteral("nothing to evaluate")};
    case Ast::Kind::Integer:
        return EvalValue(Term::integer(ast.integerValue()));
    case Ast::Kind::Float:
        return EvalValue(Term::floating(ast.floatValue()));
    case Ast::Kind::Atom:
        return EvalValue(Term::atom(ast.atomName()));
    case Ast::Kind::String:
        return EvalValue(Term::string(ast.text()));
    case Ast::Kind::List: {
        std::vector<Term> items;
        for (const Ast &e : ast.elements()) {
            auto v = eval(e, env);
            if (!v)
                return v;
            if (!v->isTerm())
                return errorAt(e, QStringLiteral("only plain values are supported in lists"));
            items.push_back(v->term());
        }
        return EvalValue(Term::list(std::move(items)));
    }
    case Ast::Kind::Tuple: {
        auto a = eval(ast.elements()[0], env);
        if (!a)
            return a;
        auto b = eval(ast.elements()[1], env);
        if (!b)
            return b;
        if (!a->isTerm() || !b->isTerm())
            return errorAt(ast, QStringLiteral("only plain values are supported in tuples"));
        return EvalValue(Term::tuple({a->term(), b->term()}));
    }
    case Ast::Kind::Call:
        return evalCall(ast, env);
    }
    return Error{QStringLiteral("unknown node")};
}

bool SourceEvaluator::match(const Ast &pattern, const EvalValue &value, Env &env)
{
    if (pattern.isVariable()) {
        const QString name = pattern.callName();
        if (!name.startsWith(u'_'))
            env.insert(name, value);
        return true;
    }
    if (!value.isTerm())
        return false;
    const Term &t = value.term();
    switch (pattern.kind()) {
    case Ast::Kind::Integer:
        return t.isInteger() && t.integerValue() == pattern.integerValue();
    case Ast::Kind::String:
        return t.isString() && t.text() == pattern.text();
    case Ast::Kind::Atom:
        return t.isAtom() && t.text() == pattern.atomName();
    case Ast::Kind::Tuple:
    case Ast::Kind::List: {
        if ((pattern.isTuple() && !t.isTuple()) || (pattern.isList() && !t.isList()))
            return false;
        const auto &ps = pattern.elements();
        if (ps.size() != t.elements().size())
            return false;
        for (size_t i = 0; i < ps.size(); ++i) {
            if (!match(ps[i], EvalValue(t.elements()[i]), env))
                return false;
        }
        return true;
    }
    default:
        break;
    }
    if (pattern.isCall(u"{}")) {
        if (!t.isTuple() || t.elements().size() != pattern.args().size())
            return false;
        for (size_t i = 0; i < pattern.args().size(); ++i) {
            if (!match(pattern.args()[i], EvalValue(t.elements()[i]), env))
                return false;
        }
        return true;
    }
    return false;
}

Result<EvalValue> SourceEvaluator::apply(const FunctionValue &fn, const std::vector<EvalValue> &args)
{
    for (const Ast &clause : fn.clauses) {
        const Ast &head = clause.args()[0];
        Env env = *fn.env;
        const auto &patterns = head.elements();
        if (patterns.size() != args.size())
            continue;
        bool ok = true;
        for (size_t i = 0; i < patterns.size() && ok; ++i)
            ok = match(patterns[i], args[i], env);
        if (ok)
            return eval(clause.args()[1], env);
    }
    return Error{QStringLiteral("FunctionClauseError: no function clause matching")};
}

Result<EvalValue> SourceEvaluator::evalCall(const Ast &ast, Env &env)
{
    if (ast.isVariable()) {
        const auto it = env.constFind(ast.callName());
        if (it == env.constEnd())
            return errorAt(ast, QStringLiteral("undefined variable \"%1\"").arg(ast.callName()));
        return *it;
    }
    if (!ast.callForm().isAtom())
        return evalRemote(ast, env);
    const QString name = ast.callName();
    const auto &args = ast.args();
    if (name == u"__aliases__")
        return EvalValue(Term::atom(QStringLiteral("Elixir.") + aliasName(ast)));
    if (name == u"__block__") {
        Result<EvalValue> last = EvalValue(Term::nil());
        for (const Ast &stmt : args) {
            last = eval(stmt, env);
            if (!last)
                return last;
        }
        return last;
    }
    if (name == u"=" && args.size() == 2) {
        auto value = eval(args[1], env);
        if (!value)
            return value;
        if (!match(args[0], *value, env))
            return errorAt(ast, QStringLiteral("MatchError: no match of right hand side value"));
        return value;
    }
    if (name == u"|>" && args.size() == 2) {
        const Ast &rhs = args[1];
        if (!rhs.isCall() || rhs.isVariable())
            return errorAt(ast, QStringLiteral("cannot pipe into this expression"));
        std::vector<Ast> newArgs{args[0]};
        newArgs.insert(newArgs.end(), rhs.args().begin(), rhs.args().end());
        return eval(rhs.withArgs(std::move(newArgs)), env);
    }
    if (name == u"fn") {
        auto fn = std::make_shared<FunctionValue>();
        fn->clauses = args;
        fn->env = std::make_shared<const Env>(env);
        return EvalValue::ofFunction(fn);
    }
    if (name.startsWith(QStringLiteral("sigil_")))
        return evalSigil(ast);
    if (name == u"if" && args.size() == 2) {
        auto cond = eval(args[0], env);
        if (!cond)
            return cond;
        const bool truthy = !cond->isTerm() || cond->term().isTruthy();
        const Ast branch = args[1].keywordValue(truthy ? u"do" : u"else");
        if (!branch.isValid())
            return EvalValue(Term::nil());
        return eval(branch, env);
    }
    if (QueryMacros::handles(name))
        return QueryMacros::call(*this, ast, env);
    return evalOperator(ast, env);
}

Result<EvalValue> SourceEvaluator::evalOperator(const Ast &ast, Env &env)
{
    const QString name = ast.callName();
    const auto &args = ast.args();
    if (name == u"{}" || name == u"%{}" || name == u"<<>>" || name == u"%") {
        if (name == u"%") {
            auto map = eval(args[1], env);
            if (!map)
                return map;
            std::vector<Term::Pair> pairs{{Term::atom(QStringLiteral("__struct__")),
                                           Term::atom(aliasName(args[0]))}};
            for (const auto &p : map->term().pairs())
                pairs.push_back(p);
            return EvalValue(Term::map(std::move(pairs)));
        }
        if (name == u"<<>>") {
            QString text;
            for (const Ast &part : args) {
                if (part.isString()) {
                    text += part.text();
                    continue;
                }
                auto v = eval(part.args()[0].args()[0], env);
                if (!v)
                    return v;
                text += v->term().toElixirString();
            }
            return EvalValue(Term::string(text));
        }
        if (name == u"{}") {
            auto items = evalArgs(args, env);
            if (!items)
                return Error{items.error()};
            std::vector<Term> terms;
            for (const auto &i : *items)
                terms.push_back(i.term());
            return EvalValue(Term::tuple(std::move(terms)));
        }
        std::vector<Term::Pair> pairs;
        for (const Ast &kv : args) {
            if (!kv.isTuple())
                return errorAt(ast, QStringLiteral("map updates are not supported here"));
            auto k = eval(kv.elements()[0], env);
            auto v = k ? eval(kv.elements()[1], env) : k;
            if (!v)
                return v;
            pairs.emplace_back(k->term(), v->term());
        }
        return EvalValue(Term::map(std::move(pairs)));
    }
    if (args.size() == 2 && (name == u"+" || name == u"-" || name == u"*")) {
        auto a = eval(args[0], env);
        auto b = a ? eval(args[1], env) : a;
        if (!b)
            return b;
        auto x = integerOf(*a, args[0]);
        auto y = integerOf(*b, args[1]);
        if (!x || !y)
            return errorAt(ast, QStringLiteral("arithmetic on non-integers is not supported"));
        const qint64 r = name == u"+" ? *x + *y : name == u"-" ? *x - *y : *x * *y;
        return EvalValue(Term::integer(r));
    }
    if (args.size() == 1 && name == u"-") {
        auto a = eval(args[0], env);
        if (!a)
            return a;
        if (a->term().isInteger())
            return EvalValue(Term::integer(-a->term().integerValue()));
        return EvalValue(Term::floating(-a->term().floatValue()));
    }
    if (args.size() == 2 && (name == u"==" || name == u"!=")) {
        auto a = eval(args[0], env);
        auto b = a ? eval(args[1], env) : a;
        if (!b)
            return b;
        const bool eq = a->term().looseEquals(b->term());
        return EvalValue(Term::boolean(name == u"==" ? eq : !eq));
    }
    if (name == u"^")
        return errorAt(ast, QStringLiteral("cannot use ^ outside of match clauses"));
    return errorAt(ast, QStringLiteral("undefined function %1/%2").arg(name).arg(args.size()));
}

Result<EvalValue> SourceEvaluator::evalSigil(const Ast &ast)
{
    const QString name = ast.callName();
    const Ast &body = ast.args()[0];
    if (body.args().size() != 1 || !body.args()[0].isString())
        return errorAt(ast, QStringLiteral("interpolated sigils are not supported"));
    const QString text = body.args()[0].text();
    if (name == u"sigil_w" || name == u"sigil_W") {
        std::vector<Term> words;
        for (const QString &w : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
            words.push_back(Term::string(w));
        return EvalValue(Term::list(std::move(words)));
    }
    if (name == u"sigil_s" || name == u"sigil_S")
        return EvalValue(Term::string(text));
    if (name == u"sigil_D") {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            return EvalValue(Term::date(d));
    }
    if (name == u"sigil_T") {
        if (auto t = parseClock(text))
            return EvalValue(Term::time(*t));
    }
    if (name == u"sigil_N" || name == u"sigil_U") {
        QString rest = text;
        const bool utc = rest.endsWith(u'Z');
        if (utc)
            rest.chop(1);
        const QDate d = QDate::fromString(rest.left(10), Qt::ISODate);
        const auto t = parseClock(rest.mid(11));
        if (d.isValid() && t && (utc == (name == u"sigil_U")))
            return EvalValue(name == u"sigil_U" ? Term::utcDateTime(d, *t) : Term::naiveDateTime(d, *t));
    }
    return errorAt(ast, QStringLiteral("cannot evaluate %1").arg(name));
}

Result<QueryPtr> SourceEvaluator::toQuery(const EvalValue &value, const Ast &where) const
{
    if (value.kind() == EvalValue::Kind::Query)
        return value.query();
    if (!value.isTerm())
        return errorAt(where, QStringLiteral("Protocol.UndefinedError: protocol Ecto.Queryable not implemented"));
    const Term &t = value.term();
    auto q = std::make_shared<Query>();
    q->aliases.resize(1);
    if (t.isAtom() && t.text().startsWith(QStringLiteral("Elixir."))) {
        q->from.kind = Source::Kind::Schema;
        q->from.schema = t.text().mid(7);
        return QueryPtr(q);
    }
    if (t.isString()) {
        q->from.kind = Source::Kind::Table;
        q->from.table = t.text();
        return QueryPtr(q);
    }
    if (t.isTuple() && t.elements().size() == 2 && t.elements()[0].isString()) {
        q->from.kind = Source::Kind::Table;
        q->from.table = t.elements()[0].text();
        q->from.schema = t.elements()[1].text().mid(7);
        return QueryPtr(q);
    }
    return errorAt(where, QStringLiteral("Protocol.UndefinedError: protocol Ecto.Queryable not implemented"));
}

Result<EvalValue> SourceEvaluator::evalRemote(const Ast &ast, Env &env)
{
    const Ast &dot = ast.callForm();
    if (!dot.isCall(u".") || dot.args().size() != 2)
        return errorAt(ast, QStringLiteral("unsupported call"));
    const Ast &target = dot.args()[0];
    const QString fn = dot.args()[1].atomName();
    if (target.isVariable() || !target.isCall(u"__aliases__")) {
        // p.field outside a query, or map.key
        auto base = eval(target, env);
        if (!base)
            return base;
        if (auto v = base->term().get(fn))
            return EvalValue(*v);
        return errorAt(ast, QStringLiteral("KeyError: key :%1 not found").arg(fn));
    }
    const QString module = aliasName(target);
    const auto &args = ast.args();
    if (module == u"Repo")
        return evalRepo(fn, ast, env);
    if (module == u"Ecto.Multi")
        return evalMulti(fn, ast, env);
    if (module == u"Enum")
        return evalEnum(fn, ast, env);
    if (module == u"Ecto.Query" && QueryMacros::handles(fn))
        return QueryMacros::call(*this, ast.withArgs(args).withPos(ast.pos()), env, fn);
    auto values = evalArgs(args, env);
    if (!values)
        return Error{values.error()};
    const auto &v = *values;
    if (module == u"Decimal" && fn == u"new" && v.size() == 1) {
        const Term &t = v[0].term();
        const QByteArray text = t.isInteger() ? QByteArray::number(t.integerValue()) : t.text().toUtf8();
        if (auto d = ectowb::changeset::Decimal::parse(text))
            return EvalValue(Term::decimal(*d));
        return errorAt(ast, QStringLiteral("Decimal.Error: invalid_operation"));
    }
    if (module == u"String" && v.size() == 1 && v[0].term().isString()) {
        const QString s = v[0].term().text();
        if (fn == u"downcase")
            return EvalValue(Term::string(s.toLower()));
        if (fn == u"upcase")
            return EvalValue(Term::string(s.toUpper()));
        if (fn == u"trim")
            return EvalValue(Term::string(s.trimmed()));
    }
    if (module == u"Ecto.Changeset" && fn == u"change" && !v.empty()) {
        const Term opts = v.size() > 1 ? v[1].term() : Term::list({});
        return EvalValue(Term::map({{Term::atom(QStringLiteral("__changeset__")), v[0].term()},
                                    {Term::atom(QStringLiteral("changes")), opts}}));
    }
    return errorAt(ast, QStringLiteral("cannot evaluate %1.%2/%3").arg(module, fn).arg(args.size()));
}

Result<EvalValue> SourceEvaluator::evalEnum(const QString &name, const Ast &ast, Env &env)
{
    auto values = evalArgs(ast.args(), env);
    if (!values)
        return Error{values.error()};
    const auto &v = *values;
    if (v.empty() || !v[0].isTerm())
        return errorAt(ast, QStringLiteral("Enum.%1 needs an enumerable").arg(name));
    std::vector<Term> items;
    const Term &coll = v[0].term();
    if (coll.isMap()) {
        auto pairs = coll.pairs();
        std::stable_sort(pairs.begin(), pairs.end(), [](const auto &a, const auto &b) { return keyLess(a.first, b.first); });
        for (const auto &p : pairs)
            items.push_back(Term::tuple({p.first, p.second}));
    } else {
        items = coll.elements();
    }
    if (name == u"reduce" && v.size() == 3 && v[2].kind() == EvalValue::Kind::Function) {
        EvalValue acc = v[1];
        for (const Term &item : items) {
            auto next = apply(*v[2].function(), {EvalValue(item), acc});
            if (!next)
                return next;
            acc = *next;
        }
        return acc;
    }
    if (name == u"map" && v.size() == 2 && v[1].kind() == EvalValue::Kind::Function) {
        std::vector<Term> out;
        for (const Term &item : items) {
            auto r = apply(*v[1].function(), {EvalValue(item)});
            if (!r)
                return r;
            out.push_back(r->term());
        }
        return EvalValue(Term::list(std::move(out)));
    }
    return errorAt(ast, QStringLiteral("cannot evaluate Enum.%1").arg(name));
}

} // namespace ectowb::query
