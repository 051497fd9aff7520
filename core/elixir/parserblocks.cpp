// The container half of Parser: argument lists, keyword lists, lists, tuples,
// binaries, maps and strings (parentheses, fn and do-blocks: parserclauses.cpp).
#include "lexicon.h"
#include "parser.h"

namespace ectowb::elixir {

namespace {
constexpr int DotPrecForStruct = 310; // %Foo.Bar{}: the name takes dots, nothing looser
constexpr int PipePrecAbove = 71;     // %{map | ...}: stop before the pipe

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
    return parseContainerItems(TokenKind::RParen, args, Items::CallArgs) && expect(TokenKind::RParen, open);
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
    return parseQuotedName();
}

// `"name"` of a `"name": value` key or a `."name"()` call: an atom, or with
// interpolation `:erlang.binary_to_atom(<<...>>, :utf8)`.
std::optional<Ast> Parser::parseQuotedName()
{
    const Token &t = cur();
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
    if (!parseContainerItems(TokenKind::RBracket, elems, Items::List))
        return std::nullopt;
    if (!expect(TokenKind::RBracket, open))
        return std::nullopt;
    return Ast::list(AstSpan(elems));
}

// The items of `[...]`, `{...}`, `<<...>>` and `f(...)` up to `close`: expressions,
// then perhaps a keyword list, which must come last.
bool Parser::parseContainerItems(TokenKind close, std::vector<Ast> &elems, Items items)
{
    const bool container = items != Items::CallArgs;
    while (!at(close)) {
        if (atKeywordStart()) {
            if (items == Items::Tuple && elems.empty())
                return syntaxErrorBefore(cur()); // `{a: 1}`: keywords only after an element
            return parseKeywordTail(elems, items == Items::List);
        }
        const size_t itemStart = m_i;
        std::optional<Ast> e = parseExpr(0);
        if (!e)
            return false;
        if (!elems.empty() && nestedNoParensCall(itemStart, container))
            return false;
        elems.push_back(std::move(*e));
        if (!commaFollows())
            break;
        if (!container && at(close))
            return syntaxErrorBefore(cur()); // `f(a,)`: only keywords may end with a comma
    }
    return true;
}

// A keyword list closing a container: its pairs spread into `items` (lists, maps)
// or the list as one item (tuples); then at most one trailing comma.
bool Parser::parseKeywordTail(std::vector<Ast> &items, bool spread)
{
    std::optional<Ast> kw = parseKeywordList();
    if (!kw)
        return false;
    if (spread) {
        for (const Ast &pair : kw->elements())
            items.push_back(pair);
    } else {
        items.push_back(std::move(*kw));
    }
    commaFollows();
    return true;
}

// After an item: skips the line ends around a comma; false when no comma follows.
bool Parser::commaFollows()
{
    skipEol();
    if (!at(TokenKind::Comma))
        return false;
    advance();
    skipEol();
    return true;
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
    if (!parseContainerItems(close, elems, Items::Tuple))
        return std::nullopt;
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
            if (!parseKeywordTail(items, true))
                return std::nullopt;
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
        if (!commaFollows())
            break;
    }
    if (!expect(TokenKind::RBrace, open))
        return std::nullopt;
    if (updated) {
        Ast update = Ast::call(atom("|"), pipePos, {std::move(*updated), Ast::list(AstSpan(items))});
        return Ast::call(m_mapForm, pos, {std::move(update)});
    }
    return Ast::call(m_mapForm, pos, AstSpan(items));
}

} // namespace ectowb::elixir
