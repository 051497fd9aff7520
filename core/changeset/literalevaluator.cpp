#include "literalevaluator.h"

#include "elixir/reader.h"

#include <QRegularExpression>

namespace ectowb::changeset {

using value::Term;

using elixir::Ast;

namespace {

// The text of a sigil's `<<>>` when it has no interpolation.
std::optional<QString> sigilText(const Ast &binary)
{
    if (!binary.isCall(u"<<>>"))
        return std::nullopt;
    QString text;
    for (const Ast &part : binary.args()) {
        if (!part.isString())
            return std::nullopt;
        text += part.text();
    }
    return text;
}

QString modifiersText(const Ast &list)
{
    QString out;
    if (list.isList()) {
        for (const Ast &c : list.elements()) {
            if (c.isInteger())
                out += QChar(char16_t(c.integerValue()));
        }
    }
    return out;
}

} // namespace

std::optional<Term> LiteralEvaluator::evalText(const QString &text)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    const elixir::ParseResult parsed = elixir::Reader::parse(text.toUtf8());
    if (!parsed.isValid())
        return std::nullopt;
    return LiteralEvaluator(nullptr, {}).eval(parsed.ast);
}

std::optional<Term> LiteralEvaluator::eval(const Ast &ast, int depth) const
{
    if (depth > 64)
        return std::nullopt;
    switch (ast.kind()) {
    case Ast::Kind::Integer:
        if (ast.isBigInteger()) {
            const std::optional<BigInteger> big = BigInteger::parse(QString::fromLatin1(ast.integerText()));
            return big ? std::optional<Term>(Term::integer(*big)) : std::nullopt;
        }
        return Term::integer(ast.integerValue());
    case Ast::Kind::Float:
        return Term::floating(ast.floatValue());
    case Ast::Kind::Atom:
        return Term::atom(ast.atomName());
    case Ast::Kind::String:
        return Term::string(ast.text());
    case Ast::Kind::List:
    case Ast::Kind::Tuple: {
        std::vector<Term> items;
        for (const Ast &e : ast.elements()) {
            std::optional<Term> t = eval(e, depth + 1);
            if (!t)
                return std::nullopt;
            items.push_back(*t);
        }
        return ast.isList() ? Term::list(std::move(items)) : Term::tuple(std::move(items));
    }
    case Ast::Kind::Call:
        return call(ast, depth);
    case Ast::Kind::Invalid:
        break;
    }
    return std::nullopt;
}

std::optional<Term> LiteralEvaluator::call(const Ast &ast, int depth) const
{
    if (ast.isVariable()) {
        const auto it = m_variables.constFind(ast.callName());
        return it == m_variables.constEnd() ? std::nullopt : std::optional<Term>(*it);
    }
    const QString name = ast.callName();
    const auto &args = ast.args();
    if (name == QLatin1String("{}")) {
        std::vector<Term> items;
        for (const Ast &e : args) {
            std::optional<Term> t = eval(e, depth + 1);
            if (!t)
                return std::nullopt;
            items.push_back(*t);
        }
        return Term::tuple(std::move(items));
    }
    if (name == QLatin1String("%{}")) {
        std::vector<Term::Pair> pairs;
        for (const Ast &pair : args) {
            if (!pair.isTuple())
                return std::nullopt;
            std::optional<Term> k = eval(pair.elements()[0], depth + 1);
            std::optional<Term> v = eval(pair.elements()[1], depth + 1);
            if (!k || !v)
                return std::nullopt;
            pairs.emplace_back(*k, *v);
        }
        return Term::map(std::move(pairs));
    }
    if (name == QLatin1String("-") && args.size() == 1) {
        std::optional<Term> t = eval(args[0], depth + 1);
        if (t && t->isInteger())
            return Term::integer(t->bigIntegerValue().negated());
        if (t && t->isFloat())
            return Term::floating(-t->floatValue());
        return std::nullopt;
    }
    if (name == QLatin1String("@") && args.size() == 1 && args[0].isCall() && !args[0].callName().isEmpty())
        return attribute(args[0].callName(), depth);
    if (name.startsWith(QLatin1String("sigil_")))
        return sigil(ast);
    return std::nullopt;
}

std::optional<Term> LiteralEvaluator::attribute(const QString &name, int depth) const
{
    if (!m_module)
        return std::nullopt;
    // The last `@name value` in the body: attributes read later see the newest.
    std::optional<Term> found;
    for (const Ast &stmt : m_module->body) {
        if (!stmt.isCall(u"@") || stmt.args().size() != 1)
            continue;
        const Ast &inner = stmt.args()[0];
        if (inner.callName() != name || !inner.argsIsList() || inner.args().size() != 1)
            continue;
        const LiteralEvaluator plain(m_module, {});
        found = plain.eval(inner.args()[0], depth + 1);
    }
    return found;
}

std::optional<Term> LiteralEvaluator::sigil(const Ast &ast) const
{
    const auto &args = ast.args();
    if (args.size() != 2)
        return std::nullopt;
    const std::optional<QString> text = sigilText(args[0]);
    if (!text)
        return std::nullopt;
    const QString modifiers = modifiersText(args[1]);
    const QString name = ast.callName();
    if (name == QLatin1String("sigil_r"))
        return Term::regex(*text, modifiers);
    if (name == QLatin1String("sigil_s") || name == QLatin1String("sigil_S"))
        return Term::string(*text);
    if (name == QLatin1String("sigil_w") || name == QLatin1String("sigil_W")) {
        if (modifiers.contains(QLatin1Char('c')))
            return std::nullopt; // charlists: leave to the interpreter
        static const QRegularExpression space(QStringLiteral("\\s+"));
        std::vector<Term> words;
        for (const QString &w : text->split(space, Qt::SkipEmptyParts))
            words.push_back(modifiers.contains(QLatin1Char('a')) ? Term::atom(w) : Term::string(w));
        return Term::list(std::move(words));
    }
    return std::nullopt;
}

} // namespace ectowb::changeset
