// The clause half of Parser: parentheses, fn and do-blocks, whose bodies are
// either plain expressions or `->` clauses (elixir_parser.yrl's stab).
#include "parser.h"

namespace ectowb::elixir {

std::optional<Ast> Parser::parseParens()
{
    const Token &open = cur();
    const bool head = m_headParen == m_i;
    advance();
    AllowDoScope scope(m_allowDo, true);
    bool isStab = false;
    std::optional<Ast> inner = parseStabOrBlock(isStab, head); // `(a; b)` or `(x -> y)`
    if (!inner)
        return std::nullopt;
    if (!expect(TokenKind::RParen, open))
        return std::nullopt;
    return inner;
}

std::optional<Ast> Parser::parseFn()
{
    const Token &fnTok = cur();
    advance();
    AllowDoScope scope(m_allowDo, true);
    bool isStab = false;
    std::optional<Ast> clauses = parseStabOrBlock(isStab);
    if (!clauses)
        return std::nullopt;
    if (!isStab) {
        syntaxErrorBefore(cur());
        return std::nullopt;
    }
    if (!expect(TokenKind::End, fnTok))
        return std::nullopt;
    return Ast::call(atom("fn"), posOf(fnTok), clauses->elements());
}

std::optional<Ast> Parser::parseDoBlock()
{
    const Token &doTok = cur();
    advance();
    AllowDoScope scope(m_allowDo, true);
    Scratch buffer(*this);
    std::vector<Ast> &sections = buffer.get();
    Ast name = m_doAtom;
    while (true) {
        bool isStab = false;
        std::optional<Ast> body = parseStabOrBlock(isStab);
        if (!body)
            return std::nullopt;
        sections.push_back(Ast::tuple(name, std::move(*body)));
        if (!at(TokenKind::BlockIdentifier))
            break;
        name = atom(value(cur()));
        advance();
    }
    if (!expect(TokenKind::End, doTok))
        return std::nullopt;
    return Ast::list(AstSpan(sections));
}

// A do-block section or fn body: either `->` clauses or plain expressions.
std::optional<Ast> Parser::parseStabOrBlock(bool &isStab, bool parenHead)
{
    Scratch clausesBuffer(*this);
    Scratch bodyBuffer(*this);
    Scratch headBuffer(*this);
    Scratch exprsBuffer(*this);
    std::vector<Ast> &clauses = clausesBuffer.get();
    std::vector<Ast> &body = bodyBuffer.get();
    std::vector<Ast> &head = headBuffer.get();
    SourcePos clausePos;
    bool inClause = false;
    bool afterArrow = false; // the clause's one body expression comes next
    auto finishClause = [&] {
        clauses.push_back(Ast::call(m_stab, clausePos, {Ast::list(AstSpan(head)), buildBlock(body, true)}));
        head.clear();
        body.clear();
    };
    // Takes the clause head out of `exprs`, which is left empty.
    auto startClause = [&](std::vector<Ast> &exprs, const Token &arrow) -> bool {
        if (inClause) {
            finishClause();
        } else if (!body.empty()) {
            return syntaxErrorBefore(arrow);
        }
        // `a, b when c -> ...`: the guard covers all arguments.
        if (exprs.size() > 1 && exprs.back().isCall(u"when", 2)) {
            Ast guard = exprs.back();
            exprs.pop_back();
            exprs.push_back(guard.args()[0]);
            exprs.push_back(guard.args()[1]);
            Ast guarded = guard.withArgs(AstSpan(exprs));
            exprs.clear();
            exprs.push_back(std::move(guarded));
        }
        head.swap(exprs);
        exprs.clear();
        clausePos = posOf(arrow);
        inClause = true;
        advance();
        skipEol();
        afterArrow = !at(TokenKind::Semicolon); // `a -> ; b -> c`: an empty body
        return true;
    };
    // `(a, b)` or `(a: 1)` first in parentheses that themselves open a clause: Elixir
    // has read a clause head (stab_parens_many) and fails at the token after the `)`
    // when no `->` or `when` follows, not at the `)` (see parseParens).
    auto headWithoutArrow = [&](bool list) {
        return parenHead && list && body.empty() && clauses.empty() && !inClause && at(TokenKind::RParen);
    };
    skipSeparators();
    while (!at(TokenKind::End) && !at(TokenKind::BlockIdentifier) && !at(TokenKind::Eof) && !at(TokenKind::RParen)) {
        if (afterArrow) {
            afterArrow = false;
            if (!parseClauseBody(body))
                return std::nullopt;
            skipSeparators();
            continue;
        }
        if (at(TokenKind::Op) && cur().op == OpClass::Stab) {
            std::vector<Ast> &none = exprsBuffer.get();
            none.clear();
            if (!startClause(none, cur()))
                return std::nullopt;
            skipSeparators();
            continue;
        }
        std::vector<Ast> &exprs = exprsBuffer.get();
        exprs.clear();
        if (at(TokenKind::LParen) && parenHeadFollows()) {
            if (!parseParenArgs(exprs))
                return std::nullopt;
            if (at(TokenKind::Op) && cur().op == OpClass::When) {
                // `(a, b) when guard ->`: one when over all the arguments.
                const Token &whenTok = cur();
                advance();
                skipEol();
                std::optional<Ast> guard = parseExpr(51);
                if (!guard)
                    return std::nullopt;
                exprs.push_back(std::move(*guard));
                Ast when = Ast::call(atom("when"), posOf(whenTok), AstSpan(exprs));
                exprs.clear();
                exprs.push_back(std::move(when));
            }
        } else {
            m_headParen = at(TokenKind::LParen) ? m_i : NoToken;
            const bool keywords = atKeywordStart();
            std::optional<Ast> first = keywords ? parseKeywordList() : parseExpr(0);
            if (!first)
                return std::nullopt;
            if (headWithoutArrow(keywords)) {
                syntaxErrorBefore(peekTok());
                return std::nullopt;
            }
            if (keywords && !(at(TokenKind::Op) && cur().op == OpClass::Stab)) {
                // Bare keywords are no expression, only a clause's arguments
                // (`a: 1 -> ...`), so whatever follows them but `->` is the error.
                syntaxErrorBefore(cur());
                return std::nullopt;
            }
            if (!at(TokenKind::Comma) && !(at(TokenKind::Op) && cur().op == OpClass::Stab)) {
                // The usual statement: one expression and no clause head, so no
                // list of heads to build.
                reserveSmall(body);
                body.push_back(std::move(*first));
                if (!at(TokenKind::Eol) && !at(TokenKind::Semicolon) && !at(TokenKind::End)
                    && !at(TokenKind::BlockIdentifier) && !at(TokenKind::RParen)) {
                    syntaxErrorBefore(cur());
                    return std::nullopt;
                }
                skipSeparators();
                continue;
            }
            exprs.push_back(std::move(*first));
            while (at(TokenKind::Comma)) {
                advance();
                skipEol();
                std::optional<Ast> e = atKeywordStart() ? parseKeywordList() : parseExpr(0);
                if (!e)
                    return std::nullopt;
                exprs.push_back(std::move(*e));
            }
        }
        if (at(TokenKind::Op) && cur().op == OpClass::Stab) {
            if (!startClause(exprs, cur()))
                return std::nullopt;
        } else if (exprs.size() > 1) {
            syntaxErrorBefore(headWithoutArrow(true) ? peekTok() : cur());
            return std::nullopt;
        } else {
            body.push_back(std::move(exprs.front()));
            if (!at(TokenKind::Eol) && !at(TokenKind::Semicolon) && !at(TokenKind::End)
                && !at(TokenKind::BlockIdentifier) && !at(TokenKind::RParen)) {
                syntaxErrorBefore(cur());
                return std::nullopt;
            }
        }
        skipSeparators();
    }
    if (inClause)
        finishClause();
    isStab = !clauses.empty();
    if (isStab)
        return Ast::list(AstSpan(clauses));
    return buildBlock(body);
}

// Right of `->` comes exactly one expression (elixir_parser.yrl's stab_maybe_expr): a
// comma or another `->` after it is an error there, not the head of a next clause,
// which only a new line or `;` starts (`fn a ->\n b, c -> d end` fails at the comma).
bool Parser::parseClauseBody(std::vector<Ast> &body)
{
    if (atKeywordStart())
        return syntaxErrorBefore(cur());
    std::optional<Ast> e = parseExpr(0);
    if (!e)
        return false;
    if (!at(TokenKind::Eol) && !at(TokenKind::Semicolon) && !at(TokenKind::End) && !at(TokenKind::BlockIdentifier)
        && !at(TokenKind::RParen))
        return syntaxErrorBefore(cur());
    reserveSmall(body);
    body.push_back(std::move(*e));
    return true;
}

// `(a, b) -> ...`: a parenthesised clause head. Scans to the matching `)`.
bool Parser::parenHeadFollows() const
{
    int depth = 0;
    for (size_t i = m_i; i < m_tokens.size(); ++i) {
        const TokenKind kind = m_tokens[i].kind;
        if (isBracketOpener(kind)) {
            ++depth;
        } else if (isBracketCloser(kind)) {
            if (--depth == 0) {
                const Token &next = m_tokens[std::min(i + 1, m_tokens.size() - 1)];
                return next.kind == TokenKind::Op && (next.op == OpClass::Stab || next.op == OpClass::When);
            }
        } else if (kind == TokenKind::Eof || kind == TokenKind::End || kind == TokenKind::Do) {
            return false;
        }
    }
    return false;
}

} // namespace ectowb::elixir
