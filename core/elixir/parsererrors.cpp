// The parser's error reports: where Elixir's parser (and its tokenizer, for what it
// refuses before parsing) points, and its words.
#include "parser.h"

namespace ectowb::elixir {

bool Parser::failAt(const Token &t, const QString &message)
{
    if (m_failed)
        return false;
    m_failed = true;
    m_error.file = m_file;
    m_error.line = t.line;
    m_error.column = t.column;
    m_error.message = message;
    return false;
}

QString Parser::describe(const Token &t) const
{
    const QString text = QString::fromUtf8(QByteArrayView(m_tokenizer.source()).sliced(t.start, t.length));
    switch (t.kind) {
    case TokenKind::Eof:
        return QString();
    case TokenKind::Eol:
        return QStringLiteral("end of line");
    case TokenKind::Identifier:
    case TokenKind::Alias:
    case TokenKind::Do:
    case TokenKind::End:
    case TokenKind::Fn:
    case TokenKind::BlockIdentifier:
        return text;
    case TokenKind::KwIdentifier:
        return text;
    case TokenKind::Integer:
    case TokenKind::Float:
        return QStringLiteral("\"%1\"").arg(text);
    case TokenKind::StringBegin:
        return QStringLiteral("\"\\\"\"");
    default:
        return QStringLiteral("'%1'").arg(text);
    }
}

bool Parser::syntaxErrorBefore(const Token &t)
{
    if (t.kind == TokenKind::Eof) {
        // Elixir points at the last token when the input ends too early.
        size_t i = m_i;
        while (i > 0 && (m_tokens[i].kind == TokenKind::Eof || m_tokens[i].kind == TokenKind::Eol))
            --i;
        return failAt(m_tokens[i], QStringLiteral("syntax error before: "));
    }
    if (t.kind == TokenKind::Do || t.kind == TokenKind::End || t.kind == TokenKind::Fn
        || t.kind == TokenKind::BlockIdentifier) {
        const QString text = QString::fromUtf8(QByteArrayView(m_tokenizer.source()).sliced(t.start, t.length));
        return failAt(t, QStringLiteral("unexpected reserved word: %1").arg(text));
    }
    return failAt(t, QStringLiteral("syntax error before: %1").arg(describe(t)));
}

bool Parser::nestedNoParensCall(size_t argStart, bool container)
{
    if (m_noParensManyEnd != m_i || argStart >= m_i)
        return false;
    // Elixir gives only the line of the nested call.
    failAt(m_tokens[argStart], container
                                   ? QStringLiteral("unexpected comma. Parentheses are required to solve ambiguity inside containers")
                                   : QStringLiteral("unexpected comma. Parentheses are required to solve ambiguity in nested calls"));
    m_error.line = m_noParensManyPos.line;
    m_error.column = m_noParensManyPos.column;
    return true;
}

bool Parser::spacedParensWithComma(const Token &open)
{
    int nesting = 0;
    for (size_t i = m_i; i < m_tokens.size(); ++i) {
        const TokenKind kind = m_tokens[i].kind;
        if (isBracketOpener(kind) || kind == TokenKind::Do || kind == TokenKind::Fn || kind == TokenKind::InterpBegin) {
            ++nesting;
            continue;
        }
        if (isBracketCloser(kind) || kind == TokenKind::End || kind == TokenKind::InterpEnd) {
            if (--nesting == 0)
                return false;
            continue;
        }
        switch (kind) {
        case TokenKind::Comma:
            if (nesting == 1) {
                failAt(open, QStringLiteral("unexpected parentheses. If you are making a function call, do not insert "
                                            "spaces between the function name and the opening parentheses. Syntax "
                                            "error before: '('"));
                return true;
            }
            break;
        case TokenKind::Eof:
            return false;
        default:
            break;
        }
    }
    return false;
}

bool Parser::expressionAfterKeywords()
{
    failAt(cur(), QStringLiteral("unexpected expression after keyword list. Keyword lists must always come last"));
    return false;
}

bool Parser::missingTerminator(const Token &opener, const Token &atTok)
{
    QString close;
    QString open = QString::fromUtf8(QByteArrayView(m_tokenizer.source()).sliced(opener.start, opener.length));
    switch (opener.kind) {
    case TokenKind::LParen: close = QStringLiteral(")"); break;
    case TokenKind::LBracket: close = QStringLiteral("]"); break;
    case TokenKind::LBrace: close = QStringLiteral("}"); break;
    case TokenKind::LBinary: close = QStringLiteral(">>"); break;
    case TokenKind::Do:
    case TokenKind::Fn:
        close = QStringLiteral("end");
        break;
    default:
        close = open;
        break;
    }
    return failAt(atTok, QStringLiteral("missing terminator: %1 (for \"%2\" starting at line %3)")
                             .arg(close, open)
                             .arg(opener.line));
}

bool Parser::parenAfterAlias(const Token &paren, const Ast &alias)
{
    // Elixir's tokenizer refuses the `(` and reports the column right after it.
    Token after = paren;
    ++after.column;
    const QString name = alias.args().empty() ? QString() : alias.args().back().atomName();
    return failAt(after, QStringLiteral("unexpected ( after alias %1. Function names and identifiers in Elixir start with "
                                        "lowercase characters or underscore. For example:\n\n    hello_world()\n"
                                        "    _starting_with_underscore()\n    numb3rs_are_allowed()\n"
                                        "    may_finish_with_question_mark?()\n    may_finish_with_exclamation_mark!()\n\n"
                                        "Unexpected token: (").arg(name));
}

} // namespace ectowb::elixir
