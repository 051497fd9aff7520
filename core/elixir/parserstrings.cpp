// Parser's string literals: binaries, charlists, quoted atoms and sigils, with
// the exact interpolation shapes Elixir builds.
#include "lexicon.h"
#include "parser.h"

namespace ectowb::elixir {

namespace {
Ast kernelToString(Ast expr, SourcePos pos, Ast dot, Ast kernel, Ast toString)
{
    Ast form = Ast::call(std::move(dot), pos, {std::move(kernel), std::move(toString)});
    return Ast::call(std::move(form), pos, {std::move(expr)});
}
} // namespace

// Reads Fragment/InterpBegin... up to and including StringEnd. Interpolations
// become `Kernel.to_string(expr)` calls; with `binaryParts` they are wrapped in
// `:: binary` as inside `<<>>`.
bool Parser::parseStringParts(std::vector<Ast> &parts, QByteArray &flat, bool &interpolated)
{
    const bool binaryParts = m_stringKind != StrKind::Charlist;
    while (true) {
        const Token &t = cur();
        switch (t.kind) {
        case TokenKind::Fragment: {
            const QByteArrayView bytes = value(t);
            flat.append(bytes);
            parts.push_back(Ast::string(bytes.toByteArray()));
            advance();
            break;
        }
        case TokenKind::InterpBegin: {
            const Token &open = t;
            advance();
            Scratch buffer(*this);
            std::vector<Ast> &exprs = buffer.get();
            {
                const bool savedDo = m_allowDo;
                m_allowDo = true;
                const bool ok = parseExprList(exprs, TokenKind::InterpEnd);
                m_allowDo = savedDo;
                if (!ok)
                    return false;
            }
            if (!at(TokenKind::InterpEnd)) {
                if (at(TokenKind::Eof))
                    return failAt(cur(), QStringLiteral("missing interpolation terminator: \"}\""));
                return syntaxErrorBefore(cur());
            }
            const SourcePos pos = posOf(open);
            advance();
            Ast expr = buildBlock(exprs);
            Ast call = kernelToString(std::move(expr), pos, m_dot, atom("Elixir.Kernel"), atom("to_string"));
            if (binaryParts)
                call = Ast::call(atom("::"), pos, {std::move(call), var("binary", pos)});
            parts.push_back(std::move(call));
            interpolated = true;
            break;
        }
        case TokenKind::StringEnd:
            advance();
            return true;
        default:
            return syntaxErrorBefore(t);
        }
    }
}

std::optional<Ast> Parser::parseString()
{
    const Token &begin = cur();
    const SourcePos pos = posOf(begin);
    const StrKind kind = begin.strKind;
    advance();
    Scratch buffer(*this);
    std::vector<Ast> &parts = buffer.get();
    QByteArray flat;
    bool interpolated = false;
    const StrKind savedKind = m_stringKind;
    m_stringKind = kind;
    const bool startsWithInterpolation = at(TokenKind::InterpBegin);
    const bool ok = parseStringParts(parts, flat, interpolated);
    m_stringKind = savedKind;
    if (!ok)
        return std::nullopt;
    if (begin.heredoc && startsWithInterpolation)
        parts.insert(parts.begin(), Ast::string(QByteArray())); // heredocs always open with a fragment
    const Token &end = m_tokens[m_i - 1];
    switch (kind) {
    case StrKind::None:
    case StrKind::Binary:
        if (!interpolated)
            return Ast::string(flat);
        return Ast::call(m_binaryForm, pos, AstSpan(parts));
    case StrKind::Charlist: {
        if (interpolated) {
            Ast form = Ast::call(m_dot, pos, {atom("Elixir.List"), atom("to_charlist")});
            return Ast::call(std::move(form), pos, {Ast::list(AstSpan(parts))});
        }
        Scratch codesBuffer(*this);
        std::vector<Ast> &codes = codesBuffer.get();
        codes.reserve(size_t(flat.size()));
        for (int i = 0; i < flat.size();) {
            int used = 1;
            codes.push_back(Ast::integer(lexicon::decodeCodepoint(flat.constData() + i, int(flat.size()) - i, &used)));
            i += used;
        }
        return Ast::list(AstSpan(codes));
    }
    case StrKind::Atom: {
        if (!interpolated)
            return atomCopy(flat);
        Ast form = Ast::call(m_dot, pos, {atom("erlang"), atom("binary_to_atom")});
        Ast binary = Ast::call(m_binaryForm, pos, AstSpan(parts));
        return Ast::call(std::move(form), pos, {std::move(binary), atom("utf8")});
    }
    case StrKind::Sigil: {
        if (parts.empty())
            parts.push_back(Ast::string(QByteArray()));
        Ast binary = Ast::call(m_binaryForm, pos, AstSpan(parts));
        Scratch modifiersBuffer(*this);
        std::vector<Ast> &modifiers = modifiersBuffer.get();
        for (char c : value(end))
            modifiers.push_back(Ast::integer(uchar(c)));
        const QByteArray name = QByteArrayLiteral("sigil_") + value(begin).toByteArray();
        return Ast::call(atomCopy(name), pos, {std::move(binary), Ast::list(AstSpan(modifiers))});
    }
    }
    return std::nullopt;
}

} // namespace ectowb::elixir
