// SourceWriter, second half: operators, containers and literals.

#include "sourcewriter.h"

#include "sourceliterals.h"
#include "sourcesyntax.h"

#include <QStringList>

namespace ectowb::elixir {

using S = SourceSyntax;

namespace {

QString pad(int indent)
{
    return QString(indent, u' ');
}

// {:"::", _, [Kernel.to_string(expr), binary]}: one `#{expr}` of a string.
bool isInterpolation(const Ast &part)
{
    if (!part.isCall(u"::", 2) || !part.args().back().isVariable() || part.args().back().callName() != u"binary")
        return false;
    const Ast &conv = part.args().front();
    return conv.isCall() && conv.argsIsList() && conv.args().size() == 1 && conv.callForm().isCall(u".", 2)
        && conv.callForm().args().front().isAtom(u"Elixir.Kernel")
        && conv.callForm().args().back().isAtom(u"to_string");
}

// Parts that print back as one quoted literal: text and interpolations, never
// two texts in a row (Elixir would read them back as one) nor empty text.
bool isInterpolatedParts(AstSpan parts, bool needInterpolation)
{
    bool any = false;
    bool previousText = false;
    for (const Ast &part : parts) {
        if (part.isString()) {
            if (previousText || part.bytes().isEmpty())
                return false;
            previousText = true;
        } else if (isInterpolation(part)) {
            previousText = false;
            any = true;
        } else {
            return false;
        }
    }
    return any || !needInterpolation;
}

// 'text #{x}' reads as List.to_charlist(["text ", Kernel.to_string(x)]).
bool isCharlistInterpolation(const Ast &ast)
{
    if (!ast.isCall() || !ast.argsIsList() || ast.args().size() != 1 || !ast.args().front().isList())
        return false;
    const Ast &form = ast.callForm();
    if (!form.isCall(u".", 2) || !form.args().front().isAtom(u"Elixir.List") || !form.args().back().isAtom(u"to_charlist"))
        return false;
    std::vector<Ast> parts;
    for (const Ast &part : ast.args().front().elements())
        parts.push_back(part.isString() ? part : Ast::call(QStringLiteral("::"), {}, {part, Ast::variable(QStringLiteral("binary"), {})}));
    return isInterpolatedParts(parts, true);
}

bool isEmptyBlock(const Ast &ast)
{
    return ast.isCall(u"__block__") && ast.argsIsList() && ast.args().empty();
}

} // namespace

QString SourceWriter::expr(const Ast &ast, int indent, int minPrec, bool rightOpen)
{
    const int prec = S::precedence(ast);
    if (prec >= minPrec || (rightOpen && ast.isCall(u"&", 1)))
        return bare(ast, indent, rightOpen);
    return u'(' + bare(ast, indent, true) + u')';
}

QString SourceWriter::bare(const Ast &ast, int indent, bool rightOpen)
{
    switch (ast.kind()) {
    case Ast::Kind::Invalid:
        return QStringLiteral("nil");
    case Ast::Kind::Integer:
    case Ast::Kind::Float:
    case Ast::Kind::Atom:
    case Ast::Kind::String:
        return literal(ast, indent);
    case Ast::Kind::List:
        if (S::isStabList(ast)) // `(a -> b)` in typespecs is a list of clauses
            return u'(' + clauses(ast.elements(), indent).replace(u'\n' + QString(indent, u' '), QStringLiteral("; ")) + u')';
        return bracketed(ast.elements(), indent, QStringLiteral("["), QStringLiteral("]"), true, 71);
    case Ast::Kind::Tuple:
        return bracketed(ast.elements(), indent, QStringLiteral("{"), QStringLiteral("}"), false, 71);
    case Ast::Kind::Call:
        break;
    }
    if (ast.isVariable() || !ast.argsIsList())
        return ast.callName();
    if (!isPlainCall(ast))
        return special(ast, indent, rightOpen);
    return call(ast, indent, false);
}

bool SourceWriter::isPlainCall(const Ast &ast)
{
    if (!ast.isCall() || ast.isVariable() || !ast.argsIsList())
        return false;
    static const QStringList forms{
        QStringLiteral("__block__"), QStringLiteral("__aliases__"), QStringLiteral("{}"), QStringLiteral("%{}"),
        QStringLiteral("<<>>"), QStringLiteral("|>"),
    };
    const QString name = ast.callName();
    if (forms.contains(name) || name.startsWith(QStringLiteral("sigil_")) || (name == u"%" && ast.args().size() == 2)
        || (name == u"fn" && S::isStabList(Ast::list(ast.args()))) || (name == u".." && ast.args().empty())
        || (name == u"..//" && ast.args().size() == 3))
        return false;
    return !S::isUnaryCall(ast) && !S::isBinaryCall(ast) && !S::isNotIn(ast) && !isCharlistInterpolation(ast);
}

// The forms with a syntax of their own: containers, operators, fn, sigils.
QString SourceWriter::special(const Ast &ast, int indent, bool rightOpen)
{
    const QString name = ast.callName();
    if (name == u"__block__")
        return block(ast, indent);
    if (name == u"__aliases__")
        return aliases(ast, indent);
    if (name == u"{}")
        return bracketed(ast.args(), indent, QStringLiteral("{"), QStringLiteral("}"), false, 71);
    if (name == u"%{}" || (name == u"%" && ast.args().size() == 2))
        return map(ast, indent);
    if (name == u"<<>>")
        return bitstring(ast, indent);
    if (name == u"fn" && S::isStabList(Ast::list(ast.args())))
        return fn(ast, indent);
    if (name == u".." && ast.args().empty())
        return QStringLiteral("..");
    if (name == u"..//" && ast.args().size() == 3) {
        return expr(ast.args()[0], indent, 201, false) + QStringLiteral("..") + expr(ast.args()[1], indent, 201, false)
            + QStringLiteral("//") + expr(ast.args()[2], indent, 201, rightOpen);
    }
    if (name.startsWith(QStringLiteral("sigil_")))
        return sigil(ast, indent);
    if (S::isNotIn(ast)) {
        const Ast &in = ast.args().front();
        return expr(in.args().front(), indent, 170, false) + QStringLiteral(" not in ")
            + expr(in.args().back(), indent, 171, rightOpen);
    }
    if (S::isUnaryCall(ast))
        return unary(ast, indent, rightOpen);
    if (name == u"|>" && ast.args().size() == 2)
        return pipeline(ast, indent);
    if (S::isBinaryCall(ast))
        return binary(ast, indent, rightOpen);
    if (isCharlistInterpolation(ast))
        return interpolated(ast.args().front().elements(), indent, '\'');
    return call(ast, indent, false);
}

QString SourceWriter::bracketed(AstSpan elements, int indent, const QString &open,
                                const QString &close, bool keywordTail, int elemPrec)
{
    const QString flat = open + elementList(elements, indent, keywordTail, elemPrec) + close;
    if (elements.size() < 2 || (!flat.contains(u'\n') && indent + flat.size() <= LineLimit))
        return flat;
    QStringList items;
    const size_t kwStart = [&] {
        size_t k = elements.size();
        while (keywordTail && k > 0 && S::isKeyword(elements[k - 1]))
            --k;
        return k;
    }();
    for (size_t i = 0; i < elements.size(); ++i) {
        const bool last = i + 1 == elements.size();
        if (i >= kwStart)
            items << keywordPair(elements[i], indent + 2);
        else
            items << expr(elements[i], indent + 2, last && keywordTail ? 70 : elemPrec, last);
    }
    return open + u'\n' + pad(indent + 2) + items.join(QStringLiteral(",\n") + pad(indent + 2)) + u'\n' + pad(indent)
        + close;
}

QString SourceWriter::elementList(AstSpan elements, int indent, bool keywordTail, int elemPrec)
{
    size_t kwStart = elements.size();
    while (keywordTail && kwStart > 0 && S::isKeyword(elements[kwStart - 1]))
        --kwStart;
    QStringList items;
    for (size_t i = 0; i < elements.size(); ++i) {
        const bool last = i + 1 == elements.size();
        if (i >= kwStart)
            items << keywordPair(elements[i], indent);
        else
            items << expr(elements[i], indent, last && keywordTail ? 70 : elemPrec, last);
    }
    return items.join(QStringLiteral(", "));
}

QString SourceWriter::keywordPair(const Ast &pair, int indent)
{
    return SourceLiterals::keywordKey(pair.elements().front().atomName())
        + expr(pair.elements().back(), indent, 71);
}

QString SourceWriter::binary(const Ast &ast, int indent, bool rightOpen)
{
    const QString op = ast.callName();
    const S::OpInfo info = S::binaryOp(op);
    const int leftMin = info.assoc == S::Assoc::Left ? info.prec : info.prec + 1;
    const int rightMin = info.assoc == S::Assoc::Right ? info.prec : info.prec + 1;
    const QString left = expr(ast.args().front(), indent, leftMin, false);
    // In `<<x::binary-size(4)>>` the type after `::` is written tight.
    const bool outerType = m_inBinaryType;
    m_inBinaryType = m_inBinaryType || (op == u"::" && m_inBinary);
    const QString right = expr(ast.args().back(), indent, rightMin, rightOpen);
    m_inBinaryType = outerType;
    if (op == u".." || (op == u"::" && m_inBinary) || (op == u"-" && m_inBinaryType))
        return left + op + right;
    return left + u' ' + op + u' ' + right;
}

QString SourceWriter::unary(const Ast &ast, int indent, bool rightOpen)
{
    const QString op = ast.callName();
    const Ast &operand = ast.args().front();
    if (op == u"&")
        return capture(operand, indent);
    if (op == u"@") {
        if (operand.isVariable())
            return u'@' + operand.callName();
        return u'@' + call(operand, indent, false);
    }
    // Nested prefix operators are spaced (`- -x`, `! not x`) rather than
    // parenthesized: Elixir reads `(not x)` as a one-expression __block__.
    const bool nested = S::isUnaryCall(operand) && operand.callName() != u"@" && operand.callName() != u"&";
    if (nested)
        return op + u' ' + bare(operand, indent, rightOpen);
    const QString text = expr(operand, indent, 300, rightOpen);
    if (op == u"not")
        return QStringLiteral("not ") + text;
    if (!text.isEmpty() && QStringLiteral("-+!^~&.").contains(text.front()))
        return op + u'(' + bare(operand, indent, true) + u')';
    return op + text;
}

QString SourceWriter::capture(const Ast &operand, int indent)
{
    if (operand.isInteger())
        return u'&' + QString::number(operand.integerValue());
    if (operand.isCall(u"/", 2) && operand.args().back().isInteger()) {
        const Ast &fun = operand.args().front();
        const QString arity = QString::number(operand.args().back().integerValue());
        if (fun.isVariable() && SourceLiterals::isIdentifier(fun.callName()))
            return u'&' + fun.callName() + u'/' + arity;
        if (fun.isCall() && fun.args().empty() && fun.callForm().isCall(u".", 2))
            return u'&' + dotCall(fun, indent, true) + u'/' + arity;
    }
    if (S::precedence(operand) != S::Primary)
        return QStringLiteral("&(") + bare(operand, indent, true) + u')';
    const QString text = expr(operand, indent);
    return (text.startsWith(u'&') ? QStringLiteral("& ") : QStringLiteral("&")) + text;
}

QString SourceWriter::bitstring(const Ast &ast, int indent)
{
    if (isInterpolatedParts(ast.args(), true))
        return interpolated(ast.args(), indent, '"');
    const bool outer = m_inBinary;
    m_inBinary = true;
    QStringList parts;
    for (const Ast &part : ast.args())
        parts << expr(part, indent);
    m_inBinary = outer;
    const QString inner = parts.join(QStringLiteral(", "));
    if (inner.startsWith(u'<') || inner.endsWith(u'>'))
        return QStringLiteral("<< ") + inner + QStringLiteral(" >>");
    return QStringLiteral("<<") + inner + QStringLiteral(">>");
}

QString SourceWriter::interpolated(AstSpan parts, int indent, char quote)
{
    QString out(QChar::fromLatin1(quote));
    for (const Ast &part : parts) {
        if (part.isString()) {
            out += SourceLiterals::escaped(part.bytes(), quote);
            continue;
        }
        // Strings wrap Kernel.to_string(x) in `::binary`; charlists don't.
        const Ast &conv = part.isCall(u"::", 2) ? part.args().front() : part;
        const Ast &inner = conv.args().front();
        out += QStringLiteral("#{") + (isEmptyBlock(inner) ? QString() : expr(inner, indent)) + u'}';
    }
    return out + QChar::fromLatin1(quote);
}

QString SourceWriter::sigil(const Ast &ast, int indent)
{
    const QString name = ast.callName();
    const AstSpan args = ast.args();
    const bool shaped = name.size() == 7 && name.back().isLetter() && name.back().unicode() < 128 && args.size() == 2
        && args[0].isCall(u"<<>>") && args[1].isList()
        && isInterpolatedParts(args[0].args(), false) && (name.back().isLower() || !isInterpolatedParts(args[0].args(), true));
    QString modifiers;
    for (const Ast &m : shaped ? args[1].elements() : AstSpan()) {
        if (!m.isInteger() || m.integerValue() > 127 || !QChar(char16_t(m.integerValue())).isLetterOrNumber())
            return call(ast, indent, false);
        modifiers += QChar(char16_t(m.integerValue()));
    }
    if (!shaped)
        return call(ast, indent, false);
    QString raw;  // text only, to choose delimiters
    QString body; // text with interpolations
    for (const Ast &part : args[0].args()) {
        if (part.isString()) {
            raw += part.text();
            body += part.text();
        } else {
            const Ast &inner = part.args().front().args().front();
            body += QStringLiteral("#{") + (isEmptyBlock(inner) ? QString() : expr(inner, indent)) + u'}';
        }
    }
    const QString head = u'~' + name.back();
    if (raw.endsWith(u'\n') && raw.count(u'\n') >= 2 && !raw.contains(QStringLiteral("\"\"\""))) {
        QStringList lines = body.left(body.size() - 1).split(u'\n');
        for (QString &line : lines)
            line = line.isEmpty() ? line : pad(indent) + line;
        return head + QStringLiteral("\"\"\"\n") + lines.join(u'\n') + u'\n' + pad(indent) + QStringLiteral("\"\"\"")
            + modifiers;
    }
    QString open, close;
    if (!SourceLiterals::pickSigilDelimiters(name.back(), raw, &open, &close))
        return call(ast, indent, false);
    return head + open + body + close + modifiers;
}

QString SourceWriter::map(const Ast &ast, int indent)
{
    QString prefix = QStringLiteral("%");
    Ast inner = ast;
    if (ast.callName() == u"%") {
        const Ast &name = ast.args().front();
        inner = ast.args().back();
        if (!inner.isCall(u"%{}"))
            return call(ast, indent, false);
        prefix += S::isAlias(name) ? aliases(name, indent) : expr(name, indent, 300, false);
    }
    std::vector<Ast> pairs = inner.args();
    QString update;
    if (pairs.size() == 1 && pairs.front().isCall(u"|", 2) && pairs.front().args().back().isList()) {
        update = expr(pairs.front().args().front(), indent, 71, false) + QStringLiteral(" | ");
        pairs = pairs.front().args().back().elements();
    }
    size_t kwStart = pairs.size();
    while (kwStart > 0 && S::isKeyword(pairs[kwStart - 1]))
        --kwStart;
    const auto render = [&](int at) {
        QStringList items;
        for (size_t i = 0; i < pairs.size(); ++i) {
            const Ast &p = pairs[i];
            if (i >= kwStart)
                items << keywordPair(p, at);
            else if (p.isTuple())
                items << expr(p.elements().front(), at, 81, false) + QStringLiteral(" => ") + expr(p.elements().back(), at, 80);
            else
                items << expr(p, at);
        }
        return items;
    };
    const QString flat = prefix + u'{' + update + render(indent).join(QStringLiteral(", ")) + u'}';
    if (pairs.size() < 2 || (!flat.contains(u'\n') && indent + flat.size() <= LineLimit))
        return flat;
    const QString sep = QStringLiteral(",\n") + pad(indent + 2);
    return prefix + QStringLiteral("{") + (update.isEmpty() ? QString() : update.chopped(1)) + u'\n'
        + pad(indent + 2) + render(indent + 2).join(sep) + u'\n' + pad(indent) + u'}';
}

QString SourceWriter::aliases(const Ast &ast, int indent)
{
    QStringList parts;
    for (const Ast &part : ast.args())
        parts << (part.isAtom() ? part.atomName() : dotLeft(part, indent));
    return parts.join(u'.');
}

QString SourceWriter::block(const Ast &ast, int indent)
{
    const AstSpan items = ast.args();
    if (items.empty())
        return QStringLiteral("()");
    QStringList lines;
    bool multiLine = false;
    for (const Ast &item : items) {
        lines << statement(item, indent + 2);
        multiLine = multiLine || lines.back().contains(u'\n');
    }
    const QString flat = u'(' + lines.join(QStringLiteral("; ")) + u')';
    if (!multiLine && indent + flat.size() <= LineLimit)
        return flat;
    return QStringLiteral("(\n") + pad(indent + 2) + lines.join(u'\n' + pad(indent + 2)) + u'\n' + pad(indent) + u')';
}

QString SourceWriter::literal(const Ast &ast, int indent)
{
    switch (ast.kind()) {
    case Ast::Kind::Integer:
        return QString::fromLatin1(ast.integerText());
    case Ast::Kind::Float:
        return SourceLiterals::floating(ast.floatValue());
    case Ast::Kind::Atom:
        return SourceLiterals::atom(ast.atomName());
    case Ast::Kind::String: {
        const QString heredoc = SourceLiterals::heredocBody(ast.bytes(), indent);
        if (!heredoc.isEmpty())
            return QStringLiteral("\"\"\"\n") + heredoc + QStringLiteral("\"\"\"");
        return SourceLiterals::quoted(ast.bytes());
    }
    default:
        return {};
    }
}

} // namespace ectowb::elixir
