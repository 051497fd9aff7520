// The container half of Parser: argument lists, keyword lists, lists, tuples,
// binaries, maps, strings, fn and do-blocks.
#include "lexicon.h"
#include "parser.h"

namespace ectowb::elixir {

namespace {
constexpr int DotPrecForStruct = 310; // %Foo.Bar{}: the name takes dots, nothing looser
constexpr int PipePrecAbove = 71;     // %{map | ...}: stop before the pipe

// Restores the "may a do-block attach here" flag when a container closes.
struct AllowDoScope
{
    AllowDoScope(bool &flag, bool value) : m_flag(flag), m_saved(flag) { m_flag = value; }
    ~AllowDoScope() { m_flag = m_saved; }
    bool &m_flag;
    bool m_saved;
};

Ast assocToTuple(Ast item)
{
    if (item.isCall(u"=>", 2))
        return Ast::tuple(item.args()[0], item.args()[1]);
    return item;
}
} // namespace

Ast Parser::buildBlock(AstSpan exprs, bool emptyIsNil)
{
    if (exprs.empty())
        return emptyIsNil ? m_nilAtom : Ast::call(m_block, SourcePos{}, {});
    if (exprs.size() == 1) {
        // Elixir keeps a lone `not x` / `!x` in a block so it can tell it from
        // an operator section.
        if (exprs.front().isCall(u"not", 1) || exprs.front().isCall(u"!", 1))
            return Ast::call(m_block, SourcePos{}, exprs);
        return exprs.front();
    }
    return Ast::call(m_block, SourcePos{}, exprs);
}

bool Parser::parseExprList(std::vector<Ast> &exprs, TokenKind terminator)
{
    skipSeparators();
    if (!at(terminator) && !at(TokenKind::Eof))
        reserveSmall(exprs);
    while (!at(terminator) && !at(TokenKind::Eof)) {
        std::optional<Ast> e = parseExpr(0);
        if (!e)
            return false;
        exprs.push_back(std::move(*e));
        if (!at(TokenKind::Eol) && !at(TokenKind::Semicolon))
            break;
        skipSeparators();
    }
    return true;
}

bool Parser::parseParenArgs(std::vector<Ast> &args)
{
    const Token &open = cur();
    advance();
    skipEol();
    AllowDoScope scope(m_allowDo, true);
    if (!at(TokenKind::RParen))
        reserveSmall(args);
    while (!at(TokenKind::RParen)) {
        if (atKeywordStart()) {
            std::optional<Ast> kw = parseKeywordList();
            if (!kw)
                return false;
            args.push_back(std::move(*kw));
            skipEol();
            if (at(TokenKind::Comma)) {
                advance();
                skipEol();
            }
            break;
        }
        const size_t argStart = m_i;
        std::optional<Ast> e = parseExpr(0);
        if (!e)
            return false;
        if (!args.empty() && nestedNoParensCall(argStart, false))
            return false;
        args.push_back(std::move(*e));
        skipEol();
        if (!at(TokenKind::Comma))
            break;
        advance();
        skipEol();
        if (at(TokenKind::RParen))
            return syntaxErrorBefore(cur()); // `f(a,)`: only keywords may end with a comma
    }
    return expect(TokenKind::RParen, open);
}

bool Parser::parseNoParensArgs(std::vector<Ast> &args)
{
    AllowDoScope scope(m_allowDo, false);
    reserveSmall(args);
    while (true) {
        if (atKeywordStart()) {
            std::optional<Ast> kw = parseKeywordList();
            if (!kw)
                return false;
            args.push_back(std::move(*kw));
            return true;
        }
        const size_t argStart = m_i;
        std::optional<Ast> e = parseExpr(0);
        if (!e)
            return false;
        if (!args.empty() && nestedNoParensCall(argStart, false))
            return false;
        args.push_back(std::move(*e));
        if (!at(TokenKind::Comma))
            return true;
        advance();
        skipEol();
    }
}

std::optional<Ast> Parser::parseKeywordKey()
{
    const Token &t = cur();
    if (t.kind == TokenKind::KwIdentifier) {
        advance();
        return atomOf(t);
    }
    Scratch buffer(*this);
    std::vector<Ast> &parts = buffer.get();
    QByteArray flat;
    bool interpolated = false;
    advance();
    if (!parseStringParts(parts, flat, interpolated))
        return std::nullopt;
    if (!interpolated)
        return atomCopy(flat);
    Ast form = Ast::call(m_dot, posOf(t), {atom("erlang"), atom("binary_to_atom")});
    Ast binary = Ast::call(m_binaryForm, posOf(t), AstSpan(parts));
    return Ast::call(std::move(form), posOf(t), {std::move(binary), atom("utf8")});
}

std::optional<Ast> Parser::parseKeywordList()
{
    Scratch buffer(*this);
    std::vector<Ast> &pairs = buffer.get();
    while (true) {
        std::optional<Ast> key = parseKeywordKey();
        if (!key)
            return std::nullopt;
        skipEol();
        std::optional<Ast> v = parseExpr(0);
        if (!v)
            return std::nullopt;
        pairs.push_back(Ast::tuple(std::move(*key), std::move(*v)));
        if (!at(TokenKind::Comma))
            break;
        const Token &after = peekTok(1);
        if (after.kind != TokenKind::KwIdentifier && !(after.kind == TokenKind::StringBegin && after.kwKey)) {
            switch (after.kind) {
            case TokenKind::RParen:
            case TokenKind::RBracket:
            case TokenKind::RBrace:
            case TokenKind::RBinary:
            case TokenKind::Eof:
                break; // a trailing comma
            default:
                expressionAfterKeywords();
                return std::nullopt;
            }
            break;
        }
        advance();
    }
    return Ast::list(AstSpan(pairs));
}

std::optional<Ast> Parser::parseList()
{
    const Token &open = cur();
    advance();
    skipEol();
    AllowDoScope scope(m_allowDo, true);
    Scratch buffer(*this);
    std::vector<Ast> &elems = buffer.get();
    while (!at(TokenKind::RBracket)) {
        if (atKeywordStart()) {
            std::optional<Ast> kw = parseKeywordList();
            if (!kw)
                return std::nullopt;
            for (const Ast &pair : kw->elements())
                elems.push_back(pair);
            skipEol();
            if (at(TokenKind::Comma)) {
                advance();
                skipEol();
            }
            break;
        }
        const size_t itemStart = m_i;
        std::optional<Ast> e = parseExpr(0);
        if (!e)
            return std::nullopt;
        if (!elems.empty() && nestedNoParensCall(itemStart, true))
            return std::nullopt;
        elems.push_back(std::move(*e));
        skipEol();
        if (!at(TokenKind::Comma))
            break;
        advance();
        skipEol();
    }
    if (!expect(TokenKind::RBracket, open))
        return std::nullopt;
    return Ast::list(AstSpan(elems));
}

std::optional<Ast> Parser::parseTuple()
{
    const Token &open = cur();
    const TokenKind close = open.kind == TokenKind::LBinary ? TokenKind::RBinary : TokenKind::RBrace;
    advance();
    skipEol();
    AllowDoScope scope(m_allowDo, true);
    Scratch buffer(*this);
    std::vector<Ast> &elems = buffer.get();
    while (!at(close)) {
        if (atKeywordStart() && elems.empty()) {
            syntaxErrorBefore(cur()); // `{a: 1}`: keywords only after an element
            return std::nullopt;
        }
        if (atKeywordStart()) {
            std::optional<Ast> kw = parseKeywordList();
            if (!kw)
                return std::nullopt;
            elems.push_back(std::move(*kw));
            skipEol();
            if (at(TokenKind::Comma)) {
                advance();
                skipEol();
            }
            break;
        }
        const size_t itemStart = m_i;
        std::optional<Ast> e = parseExpr(0);
        if (!e)
            return std::nullopt;
        if (!elems.empty() && nestedNoParensCall(itemStart, true))
            return std::nullopt;
        elems.push_back(std::move(*e));
        skipEol();
        if (!at(TokenKind::Comma))
            break;
        advance();
        skipEol();
    }
    if (!expect(close, open))
        return std::nullopt;
    if (close == TokenKind::RBinary)
        return Ast::call(m_binaryForm, posOf(open), AstSpan(elems));
    if (elems.size() == 2)
        return Ast::tuple(std::move(elems[0]), std::move(elems[1]));
    return Ast::call(m_tupleForm, posOf(open), AstSpan(elems));
}

std::optional<Ast> Parser::parseBinary()
{
    return parseTuple();
}

std::optional<Ast> Parser::parseMap()
{
    const Token &pct = cur();
    advance();
    if (at(TokenKind::LBrace) && !cur().spaceBefore)
        return parseMapBody(posOf(pct));
    std::optional<Ast> name;
    {
        AllowDoScope scope(m_allowDo, false);
        name = parseExpr(DotPrecForStruct);
    }
    if (!name)
        return std::nullopt;
    if (!at(TokenKind::LBrace)) {
        syntaxErrorBefore(cur());
        return std::nullopt;
    }
    std::optional<Ast> body = parseMapBody(posOf(pct));
    if (!body)
        return std::nullopt;
    return Ast::call(atom("%"), posOf(pct), {std::move(*name), std::move(*body)});
}

std::optional<Ast> Parser::parseMapBody(SourcePos pos)
{
    const Token &open = cur();
    advance();
    skipEol();
    AllowDoScope scope(m_allowDo, true);
    Scratch buffer(*this);
    std::vector<Ast> &items = buffer.get();
    std::optional<Ast> updated; // the map of %{map | ...}
    SourcePos pipePos;
    bool first = true;
    // `=>` is allowed at the top of an entry only: in parseExpr below (one level
    // deeper) and in the parseExprFrom that finishes a first entry (this level).
    const int savedAssocDepth = m_assocDepth;
    struct Restore
    {
        int &depth;
        int saved;
        ~Restore() { depth = saved; }
    } restore{m_assocDepth, savedAssocDepth};
    while (!at(TokenKind::RBrace)) {
        if (atKeywordStart()) {
            std::optional<Ast> kw = parseKeywordList();
            if (!kw)
                return std::nullopt;
            for (const Ast &pair : kw->elements())
                items.push_back(pair);
            skipEol();
            if (at(TokenKind::Comma)) {
                advance();
                skipEol();
            }
            break;
        }
        m_assocDepth = m_depth + 1;
        std::optional<Ast> e = parseExpr(first ? PipePrecAbove : 0);
        if (!e)
            return std::nullopt;
        if (first && at(TokenKind::Op) && cur().op == OpClass::Pipe) {
            pipePos = posOf(cur());
            advance();
            skipEol();
            updated = std::move(*e);
            first = false;
            continue;
        }
        if (first) {
            m_assocDepth = m_depth;
            e = parseExprFrom(std::move(*e), 0);
            if (!e)
                return std::nullopt;
        }
        first = false;
        items.push_back(assocToTuple(std::move(*e)));
        skipEol();
        if (!at(TokenKind::Comma))
            break;
        advance();
        skipEol();
    }
    if (!expect(TokenKind::RBrace, open))
        return std::nullopt;
    if (updated) {
        Ast update = Ast::call(atom("|"), pipePos, {std::move(*updated), Ast::list(AstSpan(items))});
        return Ast::call(m_mapForm, pos, {std::move(update)});
    }
    return Ast::call(m_mapForm, pos, AstSpan(items));
}

std::optional<Ast> Parser::parseParens()
{
    const Token &open = cur();
    advance();
    AllowDoScope scope(m_allowDo, true);
    bool isStab = false;
    std::optional<Ast> inner = parseStabOrBlock(isStab); // `(a; b)` or `(x -> y)`
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
std::optional<Ast> Parser::parseStabOrBlock(bool &isStab)
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
        return true;
    };
    skipSeparators();
    while (!at(TokenKind::End) && !at(TokenKind::BlockIdentifier) && !at(TokenKind::Eof) && !at(TokenKind::RParen)) {
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
            std::optional<Ast> first = atKeywordStart() ? parseKeywordList() : parseExpr(0);
            if (!first)
                return std::nullopt;
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
            syntaxErrorBefore(cur());
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

// `(a, b) -> ...`: a parenthesised clause head. Scans to the matching `)`.
bool Parser::parenHeadFollows() const
{
    int depth = 0;
    for (size_t i = m_i; i < m_tokens.size(); ++i) {
        switch (m_tokens[i].kind) {
        case TokenKind::LParen:
        case TokenKind::LBracket:
        case TokenKind::LBrace:
        case TokenKind::LBinary:
            ++depth;
            break;
        case TokenKind::RParen:
        case TokenKind::RBracket:
        case TokenKind::RBrace:
        case TokenKind::RBinary:
            if (--depth == 0) {
                const Token &next = m_tokens[std::min(i + 1, m_tokens.size() - 1)];
                return next.kind == TokenKind::Op && (next.op == OpClass::Stab || next.op == OpClass::When);
            }
            break;
        case TokenKind::Eof:
        case TokenKind::End:
        case TokenKind::Do:
            return false;
        default:
            break;
        }
    }
    return false;
}

} // namespace ectowb::elixir
