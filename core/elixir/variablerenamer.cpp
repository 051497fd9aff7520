#include "variablerenamer.h"

#include "tokenizer.h"

namespace ectowb::elixir {

namespace {

// Whether the token before an identifier makes it something else than a variable.
bool qualifies(const Tokenizer &tokenizer, const Token &previous)
{
    if (previous.kind == TokenKind::Dot)
        return true; // x.p: a field or a function
    if (previous.kind == TokenKind::Op) {
        const QByteArrayView op = tokenizer.value(previous);
        return op == "^" || op == "@" || op == "&";
    }
    return false;
}

} // namespace

QString VariableRenamer::rename(const QString &code, const QString &before, const QString &after)
{
    if (before.isEmpty() || before == after)
        return code;
    const QByteArray utf8 = code.toUtf8();
    const QByteArray name = before.toUtf8();
    Tokenizer tokenizer(utf8, Tokenizer::Mode::Recovering);
    tokenizer.run();
    const std::vector<Token> &tokens = tokenizer.tokens();
    QByteArray out;
    int copied = 0;
    for (size_t i = 0; i < tokens.size(); ++i) {
        const Token &token = tokens[i];
        if (token.kind != TokenKind::Identifier || tokenizer.value(token) != name)
            continue;
        if (i > 0 && qualifies(tokenizer, tokens[i - 1]))
            continue;
        // p(1) calls a function named p (p.(1) calls the variable: renamed).
        if (i + 1 < tokens.size() && tokens[i + 1].kind == TokenKind::LParen)
            continue;
        out += utf8.mid(copied, token.start - copied);
        out += after.toUtf8();
        copied = token.start + token.length;
    }
    if (copied == 0)
        return code;
    out += utf8.mid(copied);
    return QString::fromUtf8(out);
}

} // namespace ectowb::elixir
