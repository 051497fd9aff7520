// Pattern matching (=, clauses, function heads), guards and comprehensions.
#include "machine.h"

#include "evalhelpers.h"

#include <QSet>

namespace ectowb::interpreter {

using elixir::Ast;
using elixir::SourcePos;

struct Machine::MatchState
{
    Bindings &env;
    Bindings outer; // for pins: the values before this match started
    QSet<QString> bound;
};

Result<bool> Machine::match(const Ast &pattern, const Value &value, Bindings &env)
{
    MatchState state{env, env, {}};
    return matchInto(pattern, value, state);
}

static Result<bool> mismatch()
{
    return false;
}

// An integer literal of any size, exactly: a pattern like 99999999999999999999
// matches only that integer.
static BigInteger literalInteger(const Ast &literal)
{
    if (!literal.isBigInteger())
        return BigInteger::fromInt64(literal.integerValue());
    return BigInteger::parse(QString::fromLatin1(literal.integerText())).value_or(BigInteger());
}

Result<bool> Machine::matchInto(const Ast &pattern, const Value &value, MatchState &state)
{
    switch (pattern.kind()) {
    case Ast::Kind::Invalid: return mismatch();
    case Ast::Kind::Integer:
        if (!value.isInteger())
            return false;
        if (!pattern.isBigInteger() && value.fitsInt64()) // the common case, without allocating
            return value.integerValue() == pattern.integerValue();
        return value.bigIntegerValue() == literalInteger(pattern);
    case Ast::Kind::Float: return value.isFloat() && value.floatValue() == pattern.floatValue();
    case Ast::Kind::Atom: return value.isAtom() && value.atomName() == pattern.atomName();
    case Ast::Kind::String: return value.isBinary() && value.bytes() == pattern.bytes();
    case Ast::Kind::List: return matchList(pattern, value, state);
    case Ast::Kind::Tuple: {
        if (!value.isTuple(2))
            return mismatch();
        for (int i = 0; i < 2; ++i) {
            Result<bool> r = matchInto(pattern.elements()[size_t(i)], value.elements()[size_t(i)], state);
            if (!r || !r.value())
                return r;
        }
        return true;
    }
    case Ast::Kind::Call: break;
    }
    if (pattern.isVariable()) {
        const QString name = pattern.callName();
        if (name.startsWith(u'_'))
            return true;
        if (state.bound.contains(name))
            return Value::strictEqual(*state.env.value(name), value);
        state.bound.insert(name);
        state.env.bind(name, value);
        return true;
    }
    const QString form = pattern.callName();
    const auto &args = pattern.args();
    if (form == u"^" && args.size() == 1) {
        auto pinned = state.outer.value(args[0].callName());
        if (!pinned)
            return errorAt(QStringLiteral("undefined variable ^%1").arg(args[0].callName()), pattern.pos());
        return Value::strictEqual(*pinned, value);
    }
    if (form == u"=" && args.size() == 2) {
        Result<bool> left = matchInto(args[0], value, state);
        if (!left || !left.value())
            return left;
        return matchInto(args[1], value, state);
    }
    if (form == u"{}") {
        if (!value.isTuple(int(args.size())))
            return mismatch();
        for (size_t i = 0; i < args.size(); ++i) {
            Result<bool> r = matchInto(args[i], value.elements()[i], state);
            if (!r || !r.value())
                return r;
        }
        return true;
    }
    if (form == u"%{}" || form == u"%")
        return matchMap(pattern, value, state);
    if (form == u"<>" && args.size() == 2)
        return matchBinaryPrefix(pattern, value, state);
    if (form == u"-" && args.size() == 1 && (args[0].isInteger() || args[0].isFloat())) {
        if (args[0].isInteger())
            return value.isInteger() && value.bigIntegerValue() == literalInteger(args[0]).negated();
        return value.isFloat() && value.floatValue() == -args[0].floatValue();
    }
    if (form == u"__aliases__" || form == u"@" || form == u"<<>>" || form.startsWith(u"sigil_")
        || form == u"__MODULE__") {
        Result<Value> expected = eval(pattern, state.outer);
        if (!expected)
            return expected.failure();
        return Value::strictEqual(expected.value(), value);
    }
    return errorAt(QStringLiteral("cannot use %1 in a pattern").arg(form.isEmpty() ? QStringLiteral("this") : form),
                   pattern.pos());
}

Result<bool> Machine::matchList(const Ast &pattern, const Value &value, MatchState &state)
{
    if (!value.isList())
        return mismatch();
    const auto &items = pattern.elements();
    const bool hasTail = !items.empty() && items.back().isCall(u"|", 2);
    const size_t heads = hasTail ? items.size() : items.size();
    const auto &values = value.elements();
    if (!hasTail && (values.size() != heads || !value.isProperList()))
        return mismatch();
    if (hasTail && values.size() < heads)
        return mismatch();
    for (size_t i = 0; i < heads; ++i) {
        const Ast &p = (hasTail && i + 1 == heads) ? items[i].args()[0] : items[i];
        Result<bool> r = matchInto(p, values[i], state);
        if (!r || !r.value())
            return r;
    }
    if (!hasTail)
        return true;
    const Value rest = Value::improperList(std::vector<Value>(values.begin() + qsizetype(heads), values.end()),
                                           value.tail());
    return matchInto(items.back().args()[1], rest, state);
}

Result<bool> Machine::matchMap(const Ast &pattern, const Value &value, MatchState &state)
{
    Ast mapAst = pattern;
    if (pattern.callName() == u"%") {
        if (!value.isStruct())
            return mismatch();
        const Ast &nameAst = pattern.args()[0];
        if (nameAst.isVariable()) {
            Result<bool> r = matchInto(nameAst, Value::atom(QStringLiteral("Elixir.") + value.structName()), state);
            if (!r || !r.value())
                return r;
        } else {
            const QString name = state.env.aliases().expand(nameAst);
            if (value.structName() != name)
                return mismatch();
        }
        mapAst = pattern.args()[1];
    } else if (!value.isMap() && !value.isStruct()) {
        return mismatch();
    }
    for (const Ast &entry : mapAst.args()) {
        if (!entry.isTuple())
            return errorAt(QStringLiteral("invalid map pattern"), pattern.pos());
        Result<Value> key = eval(entry.elements()[0].isCall(u"^", 1) ? entry.elements()[0].args()[0]
                                                                       : entry.elements()[0],
                                 state.outer);
        if (!key)
            return key.failure();
        auto found = value.get(key.value());
        if (!found)
            return mismatch();
        Result<bool> r = matchInto(entry.elements()[1], *found, state);
        if (!r || !r.value())
            return r;
    }
    return true;
}

Result<bool> Machine::matchBinaryPrefix(const Ast &pattern, const Value &value, MatchState &state)
{
    if (!value.isBinary())
        return mismatch();
    Result<Value> prefix = eval(pattern.args()[0], state.outer);
    if (!prefix)
        return prefix.failure();
    if (!prefix->isBinary())
        return errorAt(QStringLiteral("the left side of <> in a pattern must be a binary"), pattern.pos());
    if (!value.bytes().startsWith(prefix->bytes()))
        return mismatch();
    return matchInto(pattern.args()[1], Value::binary(value.bytes().mid(prefix->bytes().size())), state);
}

// A guard that raises is a guard that fails, as on the BEAM.
Result<bool> Machine::guardHolds(const Ast &guard, Bindings &env)
{
    Bindings scratch = env;
    Result<Value> v = eval(guard, scratch);
    if (!v) {
        if (m_stopped)
            return v.failure();
        return false;
    }
    return v->isTrue();
}

Result<Value> Machine::evalFor(const Ast &expr, Bindings &env)
{
    const auto &args = expr.args();
    if (args.empty() || !args.back().isKeywordList())
        return errorAt(QStringLiteral("for needs a do block"), expr.pos());
    const Ast body = args.back().keywordValue(u"do");
    const Ast into = args.back().keywordValue(u"into");
    if (args.back().keywordValue(u"reduce").isValid() || args.back().keywordValue(u"uniq").isValid())
        return errorAt(QStringLiteral("cannot evaluate for with :reduce or :uniq"), expr.pos());
    std::vector<Ast> clauses(args.begin(), args.end() - 1);
    std::vector<Value> out;
    Bindings local = env;
    Result<Value> r = forGenerators(clauses, 0, local, body, out);
    if (!r)
        return r;
    if (!into.isValid())
        return Value::list(std::move(out));
    Result<Value> target = eval(into, local);
    if (!target)
        return target;
    return callModule(QStringLiteral("Enum"), QStringLiteral("into"), {Value::list(std::move(out)), target.value()},
                      expr.pos());
}

Result<Value> Machine::forGenerators(elixir::AstSpan clauses, size_t index, Bindings &env, const Ast &body,
                                     std::vector<Value> &out)
{
    if (index == clauses.size()) {
        Bindings inner = env;
        Result<Value> v = evalBlock(body, inner);
        if (v)
            out.push_back(v.value());
        return v;
    }
    const Ast &clause = clauses[index];
    if (!clause.isCall(u"<-", 2)) {
        Result<Value> filter = eval(clause, env);
        if (!filter || !filter->isTruthy())
            return filter;
        return forGenerators(clauses, index + 1, env, body, out);
    }
    Result<Value> source = eval(clause.args()[1], env);
    if (!source)
        return source;
    Result<std::vector<Value>> items = enumerate(source.value(), clause.pos());
    if (!items)
        return items.failure();
    for (const Value &item : items.value()) {
        Bindings inner = env;
        Result<bool> m = match(clause.args()[0], item, inner);
        if (!m)
            return m.failure();
        if (!m.value())
            continue;
        Result<Value> r = forGenerators(clauses, index + 1, inner, body, out);
        if (!r)
            return r;
    }
    return Value::nil();
}

} // namespace ectowb::interpreter
