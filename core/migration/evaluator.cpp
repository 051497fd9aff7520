#include "evaluator.h"

#include <QRegularExpression>
#include <QStringList>

namespace ectowb::migration {

using elixir::Ast;

namespace {

// Escapes of a lower-case sigil (~s, ~w): the parser leaves them for the sigil.
QString unescape(const QString &raw)
{
    QString out;
    for (int i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c != QLatin1Char('\\') || i + 1 >= raw.size()) {
            out += c;
            continue;
        }
        const QChar n = raw.at(++i);
        switch (n.unicode()) {
        case 'n': out += QLatin1Char('\n'); break;
        case 't': out += QLatin1Char('\t'); break;
        case 'r': out += QLatin1Char('\r'); break;
        case 'e': out += QChar(0x1b); break;
        case 'a': out += QChar(0x07); break;
        case 'b': out += QChar(0x08); break;
        case 'f': out += QChar(0x0c); break;
        case 'v': out += QChar(0x0b); break;
        case 's': out += QLatin1Char(' '); break;
        case '0': out += QChar(0); break;
        case '\n': break;
        default: out += n; // \\, \", \', \| and other delimiters stand for themselves
        }
    }
    return out;
}

QString aliasName(const Ast &ast)
{
    if (ast.isAtom()) {
        const QString name = ast.atomName();
        return name.startsWith(QLatin1String("Elixir.")) ? name.mid(7) : name;
    }
    if (ast.isCall(u"__aliases__")) {
        QStringList parts;
        for (const Ast &part : ast.args())
            parts << (part.isAtom() ? part.atomName() : QStringLiteral("?"));
        return parts.join(QLatin1Char('.'));
    }
    return {};
}

} // namespace

Evaluator::Evaluator(QHash<QString, Term> attributes, QMultiHash<QString, Function> functions, Hook hook)
    : m_attributes(std::move(attributes)), m_functions(std::move(functions)), m_hook(std::move(hook))
{
}

Error Evaluator::cannot(const Ast &ast)
{
    return Error{QStringLiteral("cannot evaluate %1").arg(describe(ast))};
}

QString Evaluator::describe(const Ast &call)
{
    if (!call.isCall())
        return QStringLiteral("this expression");
    if (call.callName().isEmpty()) {
        const Ast &form = call.callForm();
        if (form.isCall(u".") && form.args().size() == 2 && form.args()[1].isAtom()) {
            const Ast &target = form.args()[0];
            const QString owner = target.isCall() && !aliasName(target).isEmpty() ? aliasName(target)
                                  : target.isCall()                             ? target.callName() + QStringLiteral("()")
                                                                                : aliasName(target);
            return QStringLiteral("%1.%2/%3").arg(owner, form.args()[1].atomName()).arg(call.args().size());
        }
        return QStringLiteral("a call");
    }
    if (call.isVariable())
        return QStringLiteral("variable %1").arg(call.callName());
    return QStringLiteral("%1/%2").arg(call.callName()).arg(call.args().size());
}

std::optional<Ast> Evaluator::keywordEntry(const Ast &keyword, const QString &key)
{
    if (!keyword.isList())
        return std::nullopt;
    for (const Ast &entry : keyword.elements()) {
        if (entry.isTuple() && entry.elements()[0].isAtom(key))
            return entry.elements()[1];
    }
    return std::nullopt;
}

Result<Term> Evaluator::eval(const Ast &ast, Bindings &env)
{
    switch (ast.kind()) {
    case Ast::Kind::Invalid: return Error{QStringLiteral("invalid AST")};
    case Ast::Kind::Integer:
        if (ast.isBigInteger())
            return Error{QStringLiteral("integer out of range")};
        return Term::integer(ast.integerValue());
    case Ast::Kind::Float: return Term::floating(ast.floatValue());
    case Ast::Kind::Atom: return Term::atom(ast.atomName());
    case Ast::Kind::String: return Term::string(ast.text());
    case Ast::Kind::List: {
        std::vector<Term> items;
        if (auto r = evalArgs(ast.elements(), env, items); !r)
            return r;
        return Term::list(std::move(items));
    }
    case Ast::Kind::Tuple: {
        std::vector<Term> items;
        if (auto r = evalArgs(ast.elements(), env, items); !r)
            return r;
        return Term::tuple(std::move(items));
    }
    case Ast::Kind::Call: break;
    }
    if (++m_depth > 200) {
        --m_depth;
        return Error{QStringLiteral("evaluation too deep")};
    }
    Result<Term> result = evalCall(ast, env);
    --m_depth;
    return result;
}

Result<Term> Evaluator::evalArgs(elixir::AstSpan args, Bindings &env, std::vector<Term> &out)
{
    for (const Ast &arg : args) {
        Result<Term> value = eval(arg, env);
        if (!value)
            return value;
        out.push_back(*value);
    }
    return Term::nil();
}

Result<Term> Evaluator::evalCall(const Ast &call, Bindings &env)
{
    if (call.isVariable()) {
        const QString name = call.callName();
        if (env.contains(name))
            return env.value(name);
        return cannot(call);
    }
    if (call.callName().isEmpty())
        return evalRemote(call, env);
    const QString name = call.callName();
    const auto &args = call.args();
    if (name == QLatin1String("__block__")) {
        Term last;
        for (const Ast &expr : args) {
            Result<Term> value = eval(expr, env);
            if (!value)
                return value;
            last = *value;
        }
        return last;
    }
    if (name == QLatin1String("__aliases__"))
        return Term::atom(QStringLiteral("Elixir.") + aliasName(call));
    if (name == QLatin1String("{}")) {
        std::vector<Term> items;
        if (auto r = evalArgs(args, env, items); !r)
            return r;
        return Term::tuple(std::move(items));
    }
    if (name == QLatin1String("%{}")) {
        std::vector<Term::Pair> pairs;
        for (const Ast &pair : args) {
            if (!pair.isTuple())
                return cannot(call);
            Result<Term> key = eval(pair.elements()[0], env);
            Result<Term> value = key ? eval(pair.elements()[1], env) : key;
            if (!value)
                return value;
            pairs.emplace_back(*key, *value);
        }
        return Term::map(std::move(pairs));
    }
    if (name == QLatin1String("@") && args.size() == 1 && args[0].isCall() && !args[0].argsIsList()) {
        const QString attribute = args[0].callName();
        if (m_attributes.contains(attribute))
            return m_attributes.value(attribute);
        return Error{QStringLiteral("module attribute @%1 is not set").arg(attribute)};
    }
    if (name == QLatin1String("=") && args.size() == 2) {
        Result<Term> value = eval(args[1], env);
        if (!value)
            return value;
        if (!bind(args[0], *value, env))
            return Error{QStringLiteral("no match of right hand side value: %1").arg(value->inspect())};
        return value;
    }
    if (name == QLatin1String("<<>>"))
        return evalBinary(call, env);
    if (name.startsWith(QLatin1String("sigil_")))
        return evalSigil(call, env);
    if (name == QLatin1String("for"))
        return evalFor(call, env);
    if ((name == QLatin1String("if") || name == QLatin1String("unless")) && args.size() == 2)
        return evalIf(call, env, name == QLatin1String("unless"));
    if (m_hook) {
        if (auto handled = m_hook(call, env))
            return *handled;
    }
    std::vector<Term> values;
    if (auto r = evalArgs(args, env, values); !r)
        return r;
    if (m_functions.contains(name)) {
        for (const Function &f : m_functions.values(name)) {
            if (f.params.size() == values.size())
                return callLocal(name, values);
        }
    }
    static const QStringList operators{QStringLiteral("+"), QStringLiteral("-"), QStringLiteral("*"), QStringLiteral("<>"),
                                       QStringLiteral("++"), QStringLiteral("=="), QStringLiteral("!="), QStringLiteral("and"),
                                       QStringLiteral("or"), QStringLiteral("not"), QStringLiteral("!"), QStringLiteral("to_string")};
    if (operators.contains(name))
        return evalOperator(name, values);
    return cannot(call);
}

bool Evaluator::bind(const Ast &pattern, const Term &value, Bindings &env)
{
    if (pattern.isVariable()) {
        if (!pattern.callName().startsWith(QLatin1Char('_')))
            env.insert(pattern.callName(), value);
        return true;
    }
    const bool tuple = pattern.isTuple() || pattern.isCall(u"{}");
    if (tuple || pattern.isList()) {
        const auto &parts = pattern.isCall(u"{}") ? pattern.args() : pattern.elements();
        if ((tuple ? !value.isTuple() : !value.isList()) || parts.size() != value.elements().size())
            return false;
        for (size_t i = 0; i < parts.size(); ++i) {
            if (!bind(parts[i], value.elements()[i], env))
                return false;
        }
        return true;
    }
    Bindings scratch = env;
    Result<Term> literal = eval(pattern, scratch);
    return literal && *literal == value;
}

Result<Term> Evaluator::evalBinary(const Ast &call, Bindings &env)
{
    QString out;
    for (const Ast &part : call.args()) {
        if (part.isString()) {
            out += part.text();
            continue;
        }
        if (!part.isCall(u"::", 2))
            return cannot(call);
        Result<Term> value = eval(part.args()[0], env);
        if (!value)
            return value;
        if (!value->isString())
            return Error{QStringLiteral("interpolation of a non-string value")};
        out += value->text();
    }
    return Term::string(out);
}

Result<Term> Evaluator::evalSigil(const Ast &call, Bindings &env)
{
    const QString name = call.callName();
    const auto &args = call.args();
    if (args.size() != 2 || !args[0].isCall(u"<<>>"))
        return cannot(call);
    const bool lower = name.size() == 7 && name.at(6).isLower();
    QString text;
    for (const Ast &part : args[0].args()) {
        if (part.isString()) {
            text += lower ? unescape(part.text()) : part.text();
            continue;
        }
        if (!lower || !part.isCall(u"::", 2))
            return cannot(call);
        Result<Term> value = eval(part.args()[0], env);
        if (!value || !value->isString())
            return value ? Result<Term>(Error{QStringLiteral("interpolation of a non-string value")}) : value;
        text += value->text();
    }
    if (name == QLatin1String("sigil_s") || name == QLatin1String("sigil_S"))
        return Term::string(text);
    if (name == QLatin1String("sigil_w") || name == QLatin1String("sigil_W")) {
        QString modifier;
        if (args[1].isList() && !args[1].elements().empty() && args[1].elements().back().isInteger())
            modifier = QChar(char16_t(args[1].elements().back().integerValue()));
        std::vector<Term> words;
        for (const QString &word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
            words.push_back(modifier == QLatin1String("a") ? Term::atom(word) : Term::string(word));
        return Term::list(std::move(words));
    }
    return cannot(call);
}

Result<Term> Evaluator::evalFor(const Ast &call, Bindings &env)
{
    const auto &args = call.args();
    if (args.empty())
        return cannot(call);
    const auto body = keywordEntry(args.back(), QStringLiteral("do"));
    if (!body)
        return cannot(call);
    std::vector<Term> results;
    // Generators nest left to right, as in Elixir; filters skip an iteration.
    std::function<Result<Term>(size_t, Bindings &)> step = [&](size_t index, Bindings &scope) -> Result<Term> {
        if (index + 1 == args.size()) {
            Bindings inner = scope;
            Result<Term> value = eval(*body, inner);
            if (!value)
                return value;
            results.push_back(*value);
            return Term::nil();
        }
        const Ast &clause = args[index];
        if (clause.isCall(u"<-", 2)) {
            Result<Term> source = eval(clause.args()[1], scope);
            if (!source)
                return source;
            if (!source->isList())
                return Error{QStringLiteral("for over something that is not a list")};
            for (const Term &item : source->elements()) {
                Bindings inner = scope;
                if (!bind(clause.args()[0], item, inner))
                    continue;
                if (Result<Term> r = step(index + 1, inner); !r)
                    return r;
            }
            return Term::nil();
        }
        Result<Term> filter = eval(clause, scope);
        if (!filter)
            return filter;
        return filter->isTruthy() ? step(index + 1, scope) : Result<Term>(Term::nil());
    };
    if (Result<Term> r = step(0, env); !r)
        return r;
    return Term::list(std::move(results));
}

Result<Term> Evaluator::evalIf(const Ast &call, Bindings &env, bool negate)
{
    Result<Term> condition = eval(call.args()[0], env);
    if (!condition)
        return condition;
    const bool taken = condition->isTruthy() != negate;
    const auto branch = keywordEntry(call.args()[1], taken ? QStringLiteral("do") : QStringLiteral("else"));
    if (!branch)
        return Term::nil();
    return eval(*branch, env);
}

Result<Term> Evaluator::evalOperator(const QString &op, const std::vector<Term> &a)
{
    auto bad = [&] { return Error{QStringLiteral("bad argument in %1").arg(op)}; };
    if (a.size() == 1) {
        if (op == QLatin1String("-") && a[0].isInteger())
            return Term::integer(-a[0].integerValue());
        if (op == QLatin1String("-") && a[0].isFloat())
            return Term::floating(-a[0].floatValue());
        if (op == QLatin1String("not") || op == QLatin1String("!"))
            return Term::boolean(!a[0].isTruthy());
        if (op == QLatin1String("to_string")) {
            auto text = a[0].toElixirString();
            return text ? Result<Term>(Term::string(*text)) : Result<Term>(bad());
        }
        return bad();
    }
    if (a.size() != 2)
        return bad();
    if (op == QLatin1String("==") || op == QLatin1String("!="))
        return Term::boolean((a[0] == a[1]) == (op == QLatin1String("==")));
    if (op == QLatin1String("and"))
        return a[0].isTruthy() ? a[1] : a[0];
    if (op == QLatin1String("or"))
        return a[0].isTruthy() ? a[0] : a[1];
    if (op == QLatin1String("<>") && a[0].isString() && a[1].isString())
        return Term::string(a[0].text() + a[1].text());
    if (op == QLatin1String("++") && a[0].isList() && a[1].isList()) {
        std::vector<Term> joined = a[0].elements();
        joined.insert(joined.end(), a[1].elements().begin(), a[1].elements().end());
        return Term::list(std::move(joined));
    }
    if (a[0].isInteger() && a[1].isInteger()) {
        const qint64 x = a[0].integerValue(), y = a[1].integerValue();
        if (op == QLatin1String("+"))
            return Term::integer(x + y);
        if (op == QLatin1String("-"))
            return Term::integer(x - y);
        if (op == QLatin1String("*"))
            return Term::integer(x * y);
    }
    return bad();
}

Result<Term> Evaluator::callLocal(const QString &name, const std::vector<Term> &args)
{
    for (const Function &f : m_functions.values(name)) {
        if (f.params.size() != args.size())
            continue;
        Bindings scope;
        bool matched = true;
        for (size_t i = 0; i < args.size() && matched; ++i)
            matched = bind(f.params[i], args[i], scope);
        if (matched)
            return eval(f.body, scope);
    }
    return Error{QStringLiteral("no function clause matching in %1/%2").arg(name).arg(args.size())};
}

Result<Term> Evaluator::applyFn(const Ast &fn, const Term &argument, Bindings &env)
{
    if (!fn.isCall(u"fn") || fn.args().size() != 1 || !fn.args()[0].isCall(u"->", 2))
        return cannot(fn);
    const Ast &clause = fn.args()[0];
    const Ast &params = clause.args()[0];
    if (!params.isList() || params.elements().size() != 1)
        return cannot(fn);
    Bindings scope = env;
    if (!bind(params.elements()[0], argument, scope))
        return Error{QStringLiteral("no function clause matching in anonymous fn")};
    return eval(clause.args()[1], scope);
}

Result<Term> Evaluator::evalRemote(const Ast &call, Bindings &env)
{
    const Ast &form = call.callForm();
    if (!form.isCall(u".") || form.args().size() != 2 || !form.args()[1].isAtom())
        return cannot(call);
    const QString module = aliasName(form.args()[0]);
    const QString function = form.args()[1].atomName();
    const auto &args = call.args();
    if (module == QLatin1String("Enum") && (function == QLatin1String("each") || function == QLatin1String("map")) && args.size() == 2) {
        Result<Term> source = eval(args[0], env);
        if (!source)
            return source;
        if (!source->isList())
            return cannot(call);
        std::vector<Term> results;
        for (const Term &item : source->elements()) {
            Result<Term> value = applyFn(args[1], item, env);
            if (!value)
                return value;
            results.push_back(*value);
        }
        return function == QLatin1String("each") ? Term::atom(QStringLiteral("ok")) : Term::list(std::move(results));
    }
    std::vector<Term> values;
    if (auto r = evalArgs(args, env, values); !r)
        return r;
    const QString qualified = module + QLatin1Char('.') + function;
    if (values.size() == 1) {
        const Term &x = values[0];
        if (qualified == QLatin1String("Kernel.to_string") || qualified == QLatin1String("Atom.to_string"))
            return evalOperator(QStringLiteral("to_string"), values);
        if (qualified == QLatin1String("String.to_atom") && x.isString())
            return Term::atom(x.text());
        if (qualified == QLatin1String("String.upcase") && x.isString())
            return Term::string(x.text().toUpper());
        if (qualified == QLatin1String("String.downcase") && x.isString())
            return Term::string(x.text().toLower());
    }
    if (qualified == QLatin1String("erlang.binary_to_atom") && !values.empty() && values[0].isString())
        return Term::atom(values[0].text());
    return cannot(call);
}

} // namespace ectowb::migration
