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

int firstLineLength(const QString &text)
{
    const qsizetype nl = text.indexOf(u'\n');
    return int(nl < 0 ? text.size() : nl);
}

// A call without parentheses must not start its first argument with something
// Elixir would read as an operator or as the call's own parentheses.
bool safeFirstNoParensArg(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    return c.isLetterOrNumber() || QStringLiteral("_:\"'%@&!^~{[?").contains(c);
}

bool isModuleLike(const Ast &lhs)
{
    return S::isAlias(lhs) || lhs.isAtom() || (lhs.isVariable() && lhs.callName() == u"__MODULE__");
}

} // namespace

QString SourceWriter::statements(const Ast &ast, int indent)
{
    if (!(ast.isCall(u"__block__") && ast.argsIsList()))
        return statement(ast, indent);
    QString out;
    QString previous;
    bool previousIsAttribute = false;
    for (const Ast &item : ast.args()) {
        const QString text = statement(item, indent);
        if (!out.isEmpty() || !previous.isNull()) {
            // Blank lines around multi-line statements, as the formatter does,
            // but `@doc`/`@spec` stay attached to the definition they describe.
            const bool blank = previous.contains(u'\n') || (text.contains(u'\n') && !previousIsAttribute);
            out += blank ? QStringLiteral("\n\n") : QStringLiteral("\n");
            out += pad(indent);
        }
        out += text;
        previous = text;
        previousIsAttribute = item.isCall(u"@", 1);
    }
    return out;
}

QString SourceWriter::statement(const Ast &ast, int indent)
{
    if (ast.isCall(u"=", 2)) {
        const Ast &rhs = ast.args().back();
        const QString lhs = expr(ast.args().front(), indent, 101, false);
        if (rhs.isCall(u"|>", 2)) {
            const QString flat = pipeline(rhs, indent);
            if (!flat.contains(u'\n'))
                return lhs + QStringLiteral(" = ") + flat;
            return lhs + QStringLiteral(" =\n") + pad(indent + 2) + pipeline(rhs, indent + 2);
        }
        if (isPlainCall(rhs)) {
            // A right side that spans lines starts on its own line, as mix format does.
            const QString inline_ = call(rhs, indent, true);
            if (!inline_.contains(u'\n'))
                return lhs + QStringLiteral(" = ") + inline_;
            return lhs + QStringLiteral(" =\n") + pad(indent + 2) + call(rhs, indent + 2, true);
        }
    }
    if (ast.isCall(u"@", 1)) {
        // `@doc "text"`, `@spec f() :: t`: attributes read best without parentheses.
        const Ast &attr = ast.args().front();
        if (attr.isCall() && attr.callForm().isAtom() && attr.args().size() == 1 && !S::hasDoBlock(attr)
            && !S::containsDoBlock(attr.args().front())) {
            const QString value = expr(attr.args().front(), indent);
            if (safeFirstNoParensArg(value) || value.startsWith(u'-') || value.startsWith(u'('))
                return u'@' + attr.callName() + u' ' + value;
        }
    }
    if (isPlainCall(ast))
        return call(ast, indent, true);
    return expr(ast, indent);
}

QString SourceWriter::callArgs(AstSpan args, int indent, bool parens, const QString &head)
{
    std::vector<Ast> positional = args;
    std::vector<Ast> keywords;
    if (!positional.empty() && S::isKeywordList(positional.back())) {
        keywords = positional.back().elements();
        positional.pop_back();
    }
    const auto render = [&](int at) {
        QStringList pos, kw;
        for (const Ast &a : positional)
            pos << expr(a, at);
        for (const Ast &k : keywords)
            kw << keywordPair(k, at);
        return std::pair{pos, kw};
    };
    const auto [pos, kw] = render(indent);
    const QString flatArgs = (pos + kw).join(QStringLiteral(", "));
    const QString flat = parens ? QString(head + u'(' + flatArgs + u')') : QString(head + u' ' + flatArgs);
    if (indent + firstLineLength(flat) <= LineLimit || pos.size() + kw.size() < 2)
        return flat;

    const auto [bpos, bkw] = render(indent + 2);
    const QString sep = QStringLiteral(",\n") + pad(indent + 2);
    if (!parens) {
        if (bkw.isEmpty())
            return flat;
        return head + u' ' + (bpos.isEmpty() ? bkw.join(sep) : bpos.join(QStringLiteral(", ")) + sep + bkw.join(sep));
    }
    if (!bkw.isEmpty() && !bpos.isEmpty())
        return head + u'(' + bpos.join(QStringLiteral(", ")) + sep + bkw.join(sep) + u'\n' + pad(indent) + u')';
    return head + QStringLiteral("(\n") + pad(indent + 2) + (bpos + bkw).join(sep) + u'\n' + pad(indent) + u')';
}

QString SourceWriter::call(const Ast &ast, int indent, bool statementLevel)
{
    const Ast &form = ast.callForm();
    QString head;
    bool local = false;
    if (form.isAtom()) {
        head = form.atomName();
        local = true;
    } else if (form.isCall(u".") && form.args().size() == 2 && form.args().back().isAtom()) {
        const Ast &lhs = form.args().front();
        const QString name = form.args().back().atomName();
        const bool access = lhs.isAtom(u"Elixir.Access") && name == u"get" && ast.args().size() == 2;
        if (access || name == u"{}" || (ast.args().empty() && !isModuleLike(lhs)))
            return dotCall(ast, indent, false);
        head = dotLeft(lhs, indent) + u'.' + SourceLiterals::remoteName(name);
    } else if (form.isCall(u".") && form.args().size() == 1) {
        head = dotLeft(form.args().front(), indent) + u'.';
    } else {
        head = dotLeft(form, indent);
    }

    std::vector<Ast> args = ast.args();
    if (S::hasDoBlock(ast)) {
        const Ast keywords = args.back();
        args.pop_back();
        if (args.empty())
            return doBlock(head, keywords, indent);
        const bool noParens = std::none_of(args.begin(), args.end(), S::containsDoBlock)
            && safeFirstNoParensArg(expr(args.front(), indent));
        return doBlock(callArgs(args, indent, !noParens, head), keywords, indent);
    }
    if (args.empty())
        return head + QStringLiteral("()");
    const bool noParens = statementLevel && local && S::prefersNoParens(head)
        && std::none_of(args.begin(), args.end(), S::containsDoBlock)
        && safeFirstNoParensArg(expr(args.front(), indent));
    return callArgs(args, indent, !noParens, head);
}

QString SourceWriter::doBlock(const QString &head, const Ast &keywords, int indent)
{
    QString out = head + QStringLiteral(" do");
    for (const Ast &pair : keywords.elements()) {
        const QString key = pair.elements().front().atomName();
        if (key != u"do")
            out += u'\n' + pad(indent) + key;
        const QString text = body(pair.elements().back(), indent + 2);
        if (!text.isEmpty())
            out += u'\n' + pad(indent + 2) + text;
    }
    return out + u'\n' + pad(indent) + QStringLiteral("end");
}

QString SourceWriter::body(const Ast &ast, int indent)
{
    if (S::isStabList(ast))
        return clauses(ast.elements(), indent);
    if (ast.isCall(u"__block__") && ast.argsIsList() && ast.args().empty())
        return {};
    return statements(ast, indent);
}

QString SourceWriter::clauseHead(const Ast &stab, int indent)
{
    const AstSpan args = stab.args().front().elements();
    QStringList heads;
    if (args.size() == 1 && args.front().isCall(u"when") && args.front().args().size() >= 2) {
        const AstSpan parts = args.front().args();
        for (size_t i = 0; i + 1 < parts.size(); ++i)
            heads << expr(parts[i], indent, 51, false);
        return heads.join(QStringLiteral(", ")) + QStringLiteral(" when ") + expr(parts.back(), indent, 50);
    }
    for (const Ast &a : args)
        heads << expr(a, indent, 51, false);
    return heads.join(QStringLiteral(", "));
}

QString SourceWriter::clauses(AstSpan stabs, int indent)
{
    QStringList heads, bodies;
    bool broken = false;
    for (const Ast &stab : stabs) {
        heads << clauseHead(stab, indent);
        bodies << body(stab.args().back(), indent + 2);
        const QString line = heads.back() + QStringLiteral(" -> ") + bodies.back();
        broken = broken || bodies.back().contains(u'\n') || indent + line.size() > LineLimit;
    }
    QStringList out;
    for (qsizetype i = 0; i < heads.size(); ++i) {
        const QString arrow = heads[i].isEmpty() ? QStringLiteral("->") : heads[i] + QStringLiteral(" ->");
        if (bodies[i].isEmpty())
            out << arrow;
        else if (broken)
            out << arrow + u'\n' + pad(indent + 2) + bodies[i];
        else
            out << arrow + u' ' + bodies[i];
    }
    return out.join(broken ? QStringLiteral("\n\n") + pad(indent) : QStringLiteral("\n") + pad(indent));
}

QString SourceWriter::fn(const Ast &ast, int indent)
{
    const AstSpan stabs = ast.args();
    if (stabs.size() == 1 && S::isStab(stabs.front())) {
        const QString head = clauseHead(stabs.front(), indent);
        const QString text = body(stabs.front().args().back(), indent + 2);
        const QString open = head.isEmpty() ? QStringLiteral("fn ->") : QStringLiteral("fn ") + head + QStringLiteral(" ->");
        const QString flat = open + u' ' + text + QStringLiteral(" end");
        if (!text.contains(u'\n') && indent + flat.size() <= LineLimit)
            return flat;
        return open + u'\n' + pad(indent + 2) + text + u'\n' + pad(indent) + QStringLiteral("end");
    }
    return QStringLiteral("fn\n") + pad(indent + 2) + clauses(stabs, indent + 2) + u'\n' + pad(indent)
        + QStringLiteral("end");
}

QString SourceWriter::dotLeft(const Ast &lhs, int indent)
{
    if (S::isAlias(lhs))
        return aliases(lhs, indent);
    const int prec = S::precedence(lhs);
    const bool wrap = (prec != S::Primary && prec < 320) || lhs.isCall(u"fn") || S::hasDoBlock(lhs)
        || lhs.isInteger() || lhs.isFloat() || lhs.isCall(u"__block__");
    const QString text = expr(lhs, indent);
    return wrap ? u'(' + text + u')' : text;
}

QString SourceWriter::dotCall(const Ast &ast, int indent, bool captureName)
{
    const Ast &form = ast.callForm();
    const Ast &lhs = form.args().front();
    if (form.args().size() == 1)
        return callArgs(ast.args(), indent, true, dotLeft(lhs, indent) + u'.');
    const QString name = form.args().back().atomName();
    if (lhs.isAtom(u"Elixir.Access") && name == u"get" && ast.args().size() == 2)
        return dotLeft(ast.args().front(), indent) + u'[' + expr(ast.args().back(), indent) + u']';
    if (name == u"{}") {
        QStringList parts;
        for (const Ast &a : ast.args())
            parts << expr(a, indent);
        return dotLeft(lhs, indent) + QStringLiteral(".{") + parts.join(QStringLiteral(", ")) + u'}';
    }
    const QString head = dotLeft(lhs, indent) + u'.' + SourceLiterals::remoteName(name);
    if (ast.args().empty())
        return captureName || !isModuleLike(lhs) ? head : head + QStringLiteral("()");
    return call(ast, indent, false);
}

QString SourceWriter::pipeline(const Ast &ast, int indent)
{
    std::vector<Ast> steps;
    Ast left = ast;
    while (left.isCall(u"|>", 2)) {
        steps.push_back(left.args().back());
        left = left.args().front();
    }
    QStringList parts{expr(left, indent, 160, false)};
    for (auto it = steps.rbegin(); it != steps.rend(); ++it)
        parts << expr(*it, indent, 161, false);
    const QString flat = parts.join(QStringLiteral(" |> "));
    if (!flat.contains(u'\n') && indent + flat.size() <= LineLimit)
        return flat;
    return parts.join(u'\n' + pad(indent) + QStringLiteral("|> "));
}

} // namespace ectowb::elixir
