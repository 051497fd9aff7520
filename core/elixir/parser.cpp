#include "parser.h"

#include "astatomtable.h"

#include <cstring>

namespace ectowb::elixir {

namespace {

// Deep enough for any real code, shallow enough for the smallest thread stack.
constexpr int MaxDepth = 600;

// Binding powers from elixir_parser.yrl; 0 means "not a binary operator".
int binaryPrec(OpClass op)
{
    switch (op) {
    case OpClass::InMatch: return 40;
    case OpClass::When: return 50;
    case OpClass::Type: return 60;
    case OpClass::Pipe: return 70;
    case OpClass::Assoc: return 80;
    case OpClass::Match: return 100;
    case OpClass::Or: return 120;
    case OpClass::And: return 130;
    case OpClass::Comp: return 140;
    case OpClass::Rel: return 150;
    case OpClass::Arrow: return 160;
    case OpClass::In:
    case OpClass::NotIn: return 170;
    case OpClass::Xor: return 180;
    case OpClass::Ternary: return 190;
    case OpClass::Concat:
    case OpClass::Range: return 200;
    case OpClass::Dual: return 210;
    case OpClass::Mult: return 220;
    case OpClass::Power: return 230;
    case OpClass::None:
    case OpClass::Stab:
    case OpClass::Capture:
    case OpClass::Unary:
    case OpClass::At:
        return 0;
    }
    return 0;
}

bool rightAssoc(OpClass op)
{
    switch (op) {
    case OpClass::When:
    case OpClass::Type:
    case OpClass::Pipe:
    case OpClass::Assoc:
    case OpClass::Match:
    case OpClass::Ternary:
    case OpClass::Concat:
    case OpClass::Range:
        return true;
    default:
        return false;
    }
}

constexpr int UnaryPrec = 300;
constexpr int DotPrec = 310;
constexpr int AtPrec = 320;
constexpr int CapturePrec = 90;

} // namespace

Parser::Parser(const Tokenizer &tokenizer, const QString &file, ScratchPool *scratch)
    : m_tokenizer(tokenizer)
    , m_tokens(tokenizer.tokens())
    , m_file(file)
    , m_scratch(scratch ? scratch : &m_ownScratch)
    , m_atoms(AstAtomTable::local())
{
    m_nilAtom = atom("nil");
    m_dot = atom(".");
    m_aliases = atom("__aliases__");
    m_block = atom("__block__");
    m_stab = atom("->");
    m_binaryForm = atom("<<>>");
    m_mapForm = atom("%{}");
    m_tupleForm = atom("{}");
    m_doAtom = atom("do");
}

std::optional<Ast> Parser::parse()
{
    Scratch buffer(*this);
    std::vector<Ast> &exprs = buffer.get();
    if (!parseExprList(exprs, TokenKind::Eof))
        return std::nullopt;
    if (!at(TokenKind::Eof)) {
        syntaxErrorBefore(cur());
        return std::nullopt;
    }
    return buildBlock(exprs);
}

bool Parser::tooDeep()
{
    if (m_depth <= MaxDepth)
        return false;
    failAt(cur(), QStringLiteral("expression is too deeply nested"));
    return true;
}

std::optional<Ast> Parser::parseExpr(int minPrec)
{
    DepthGuard guard(m_depth);
    if (tooDeep())
        return std::nullopt;
    std::optional<Ast> left = parseUnary();
    if (!left)
        return std::nullopt;
    return parseExprFrom(std::move(*left), minPrec);
}

std::optional<Ast> Parser::parseExprFrom(Ast left, int minPrec)
{
    // Left-nested nodes built here count as depth too, one level per 16: a flat
    // `1 + 1 + ...` of ~9,600 terms reads (Elixir has no limit), and the recursive
    // printers stay well inside an 8 MB stack (they overflow near 38,000).
    int chain = 0;
    while (true) {
        const Token &t = cur();
        if (m_depth + chain / 16 > MaxDepth) {
            failAt(t, QStringLiteral("expression is too deeply nested"));
            return std::nullopt;
        }
        if (t.kind == TokenKind::Op) {
            const int prec = binaryPrec(t.op);
            if (prec == 0 || prec < minPrec)
                return left;
            if (t.op == OpClass::Assoc && m_depth != m_assocDepth) {
                syntaxErrorBefore(t); // `=>` belongs to maps only
                return std::nullopt;
            }
            const Token &opTok = t;
            advance();
            skipEol();
            std::optional<Ast> right;
            if (t.op == OpClass::When && atKeywordStart())
                right = parseKeywordList();
            else if (t.op == OpClass::Pipe && atKeywordStart())
                right = parseKeywordList();
            else
                right = parseExpr(rightAssoc(opTok.op) ? prec : prec + 1);
            if (!right)
                return std::nullopt;
            std::optional<Ast> built = buildBinary(opTok, std::move(left), std::move(*right));
            if (!built)
                return std::nullopt;
            left = std::move(*built);
            ++chain;
            continue;
        }
        if (DotPrec < minPrec)
            return left;
        if (t.kind == TokenKind::Dot) {
            std::optional<Ast> dotted = parseDot(std::move(left));
            if (!dotted)
                return std::nullopt;
            left = std::move(*dotted);
            ++chain;
            continue;
        }
        if (t.kind == TokenKind::LBracket && (!t.spaceBefore || spacedAccess(left))) {
            std::optional<Ast> accessed = parseAccess(std::move(left));
            if (!accessed)
                return std::nullopt;
            left = std::move(*accessed);
            ++chain;
            continue;
        }
        if (t.kind == TokenKind::LParen && !t.spaceBefore && left.isCall(u"__aliases__")) {
            // `Foo.Bar(1)`: an alias is no function name.
            parenAfterAlias(t, left);
            return std::nullopt;
        }
        if (t.kind == TokenKind::LParen && !t.spaceBefore && left.isCall() && left.argsIsList()) {
            // foo(1)(2) and x.(1)(2): a call of a call's result.
            Scratch buffer(*this);
            std::vector<Ast> &args = buffer.get();
            const SourcePos pos = posOf(t);
            if (!parseParenArgs(args))
                return std::nullopt;
            left = Ast::call(std::move(left), pos, AstSpan(args));
            ++chain;
            continue;
        }
        return left;
    }
}

std::optional<Ast> Parser::buildBinary(const Token &op, Ast left, Ast right)
{
    const SourcePos pos = posOf(op);
    if (op.op == OpClass::NotIn) {
        Ast in = Ast::call(atom("in"), pos, {std::move(left), std::move(right)});
        return Ast::call(atom("not"), pos, {std::move(in)});
    }
    if (op.op == OpClass::In && (left.isCall(u"not", 1) || left.isCall(u"!", 1))) {
        // `not a in b` and `!a in b` mean `not(a in b)`.
        Ast inner = Ast::call(atom("in"), pos, {left.args()[0], std::move(right)});
        return left.withArgs({std::move(inner)});
    }
    if (op.op == OpClass::Ternary) {
        if (left.isCall(u"..", 2)) {
            std::vector<Ast> args = left.args();
            args.push_back(std::move(right));
            return Ast::call(atom("..//"), left.pos(), std::move(args));
        }
        failAt(op, QStringLiteral("the range step operator (//) must immediately follow the range definition operator (..), for example: 1..9//2. If you wanted to define a default argument, use (\\\\) instead. Syntax error before: '//'"));
        return std::nullopt;
    }
    return Ast::call(atom(value(op)), pos, {std::move(left), std::move(right)});
}

std::optional<Ast> Parser::parseUnary()
{
    const Token &t = cur();
    if (t.kind == TokenKind::Op) {
        int prec = 0;
        switch (t.op) {
        case OpClass::Unary:
        case OpClass::Dual:
            prec = UnaryPrec;
            break;
        case OpClass::Capture:
            if (peekTok().kind == TokenKind::Integer && !peekTok().spaceBefore) {
                // &1: a capture argument, an atom of its own.
                const Token &number = peekTok();
                advance();
                advance();
                return Ast::call(atom("&"), posOf(t), {Ast::integer(number.intValue)});
            }
            prec = CapturePrec + 1;
            break;
        case OpClass::At:
            prec = AtPrec;
            break;
        case OpClass::Range:
            advance();
            return Ast::call(atom(".."), posOf(t), {});
        default:
            syntaxErrorBefore(t);
            return std::nullopt;
        }
        const Token &opTok = t;
        advance();
        skipEol();
        std::optional<Ast> operand = parseExpr(prec);
        if (!operand)
            return std::nullopt;
        return Ast::call(atom(value(opTok)), posOf(opTok), {std::move(*operand)});
    }
    return parsePrimary();
}

std::optional<Ast> Parser::parsePrimary()
{
    const Token &t = cur();
    switch (t.kind) {
    case TokenKind::Integer:
        advance();
        if (t.big)
            return Ast::bigInteger(value(t).toByteArray());
        return Ast::integer(t.intValue);
    case TokenKind::Float:
        advance();
        return Ast::floating(t.floatValue);
    case TokenKind::Atom:
        advance();
        return atomOf(t);
    case TokenKind::Alias:
        advance();
        return Ast::call(m_aliases, posOf(t), {atomOf(t)});
    case TokenKind::Identifier:
        return parseIdentifier();
    case TokenKind::KwIdentifier:
        return parseKeywordList();
    case TokenKind::StringBegin:
        if (t.kwKey)
            return parseKeywordList();
        return parseString();
    case TokenKind::LParen:
        return parseParens();
    case TokenKind::LBracket:
        return parseList();
    case TokenKind::LBrace:
        return parseTuple();
    case TokenKind::LBinary:
        return parseBinary();
    case TokenKind::Percent:
        return parseMap();
    case TokenKind::Fn:
        return parseFn();
    default:
        syntaxErrorBefore(t);
        return std::nullopt;
    }
}

bool Parser::canStartNoParensArg(const Token &t) const
{
    if (!t.spaceBefore)
        return false;
    switch (t.kind) {
    case TokenKind::Identifier:
    case TokenKind::Alias:
    case TokenKind::Integer:
    case TokenKind::Float:
    case TokenKind::Atom:
    case TokenKind::StringBegin:
    case TokenKind::KwIdentifier:
    case TokenKind::LBracket:
    case TokenKind::LBrace:
    case TokenKind::LBinary:
    case TokenKind::LParen:
    case TokenKind::Percent:
    case TokenKind::Fn:
        return true;
    case TokenKind::Op:
        switch (t.op) {
        case OpClass::Unary:
        case OpClass::At:
        case OpClass::Capture:
            return true;
        case OpClass::Dual:
            return !t.spaceAfter;
        default:
            return false;
        }
    default:
        return false;
    }
}

bool Parser::atKeywordStart() const
{
    const Token &t = cur();
    return t.kind == TokenKind::KwIdentifier || (t.kind == TokenKind::StringBegin && t.kwKey);
}

std::optional<Ast> Parser::parseIdentifier()
{
    const Token &t = cur();
    const SourcePos pos = posOf(t);
    advance();
    const Token &next = cur();
    const bool paren = next.kind == TokenKind::LParen && !next.spaceBefore;
    if (!paren && !canStartNoParensArg(next) && !(next.kind == TokenKind::Do && m_allowDo))
        return varOf(t, pos);
    return finishCall(atomOf(t), pos, true);
}

// After a call's name (`foo` or `a.foo`): parenthesised or bare arguments, then a
// do-block when one may attach here.
std::optional<Ast> Parser::finishCall(Ast form, SourcePos pos, bool allowNoParens)
{
    Scratch buffer(*this);
    std::vector<Ast> &args = buffer.get();
    const Token &next = cur();
    if (next.kind == TokenKind::LParen && !next.spaceBefore) {
        if (!parseParenArgs(args))
            return std::nullopt;
    } else if (allowNoParens && canStartNoParensArg(next)) {
        if (next.kind == TokenKind::LParen && spacedParensWithComma(next))
            return std::nullopt;
        if (!parseNoParensArgs(args))
            return std::nullopt;
        if (args.size() >= 2) {
            m_noParensManyEnd = m_i;
            m_noParensManyPos = pos;
        }
    }
    if (m_allowDo && at(TokenKind::Do)) {
        std::optional<Ast> block = parseDoBlock();
        if (!block)
            return std::nullopt;
        args.push_back(std::move(*block));
    }
    return Ast::call(std::move(form), pos, AstSpan(args));
}

std::optional<Ast> Parser::parseDot(Ast left)
{
    const Token &dot = cur();
    const SourcePos pos = posOf(dot);
    advance();
    skipEol();
    const Token &t = cur();
    switch (t.kind) {
    case TokenKind::Alias: {
        advance();
        Scratch buffer(*this);
        std::vector<Ast> &parts = buffer.get();
        if (left.isCall(u"__aliases__"))
            parts.assign(left.args().begin(), left.args().end());
        else
            parts.push_back(left);
        parts.push_back(atomOf(t));
        const SourcePos aliasPos = left.isCall(u"__aliases__") ? left.pos() : pos;
        return Ast::call(m_aliases, aliasPos, AstSpan(parts));
    }
    case TokenKind::LParen: {
        Scratch buffer(*this);
        std::vector<Ast> &args = buffer.get();
        if (!parseParenArgs(args))
            return std::nullopt;
        Ast form = Ast::call(m_dot, pos, {std::move(left)});
        if (m_allowDo && at(TokenKind::Do)) {
            std::optional<Ast> block = parseDoBlock();
            if (!block)
                return std::nullopt;
            args.push_back(std::move(*block));
        }
        return Ast::call(std::move(form), pos, AstSpan(args));
    }
    case TokenKind::LBrace: {
        std::optional<Ast> tuple = parseTuple();
        if (!tuple)
            return std::nullopt;
        const AstSpan elements = tuple->isCall(u"{}") ? tuple->args() : tuple->elements();
        Ast form = Ast::call(m_dot, pos, {std::move(left), m_tupleForm});
        return Ast::call(std::move(form), pos, elements);
    }
    case TokenKind::StringBegin: {
        std::optional<Ast> name = parseQuotedName();
        if (!name)
            return std::nullopt;
        if (!name->isAtom()) {
            failAt(t, QStringLiteral("interpolation is not allowed in quoted calls"));
            return std::nullopt;
        }
        Ast form = Ast::call(m_dot, pos, {std::move(left), std::move(*name)});
        return finishCall(std::move(form), posOf(t), true);
    }
    case TokenKind::Identifier:
    case TokenKind::Op:
    case TokenKind::Atom:
    case TokenKind::Do:
    case TokenKind::End:
    case TokenKind::Fn:
    case TokenKind::BlockIdentifier: {
        const QByteArrayView name = t.kind == TokenKind::Atom ? QByteArrayView(m_tokenizer.source()).sliced(t.start, t.length)
                                                              : value(t);
        advance();
        Ast form = Ast::call(m_dot, pos, {std::move(left), atom(name)});
        return finishCall(std::move(form), posOf(t), t.kind == TokenKind::Identifier);
    }
    default:
        syntaxErrorBefore(t);
        return std::nullopt;
    }
}

std::optional<Ast> Parser::parseAccess(Ast left)
{
    const Token &open = cur();
    advance();
    skipEol();
    const bool savedDo = m_allowDo;
    m_allowDo = true;
    std::optional<Ast> index = atKeywordStart() ? parseKeywordList() : parseExpr(0);
    m_allowDo = savedDo;
    if (!index)
        return std::nullopt;
    skipEol();
    if (at(TokenKind::Comma)) {
        // elixir_parser.yrl's bracket_arg: one expression and a trailing comma at most,
        // so a second element is the error, not the comma before it.
        advance();
        skipEol();
        if (!at(TokenKind::RBracket) && !at(TokenKind::Eof)) {
            syntaxErrorBefore(cur());
            return std::nullopt;
        }
    }
    if (!expect(TokenKind::RBracket, open))
        return std::nullopt;
    Ast form = Ast::call(m_dot, posOf(open), {atom("Elixir.Access"), atom("get")});
    return Ast::call(std::move(form), posOf(open), {std::move(left), std::move(*index)});
}

// Whether `[` after a space indexes `left`. Elixir's grammar lets brackets follow any
// access_expr, spaced or not (`:in [1]` and `"s" [0]` are accesses); spacing decides
// only after a name, where its tokenizer makes `foo[` a bracket_identifier and `foo [`
// a call's first argument (read before this point). A call ending in a do-block is no
// access_expr, while fn ... end is.
bool Parser::spacedAccess(const Ast &left) const
{
    return m_i == 0 || m_tokens[m_i - 1].kind != TokenKind::End || left.isCall(u"fn");
}

// ---- helpers ----

Ast Parser::atom(QByteArrayView name)
{
    return m_atoms.lookup(name);
}

Ast Parser::atomOf(const Token &t)
{
    return t.atom ? AstAtomTable::handle(t.atom) : atom(value(t));
}

Ast Parser::varOf(const Token &t, SourcePos pos)
{
    return Ast::variable(atomOf(t), pos);
}

Ast Parser::atomCopy(const QByteArray &name)
{
    return atom(QByteArrayView(name));
}

Ast Parser::var(QByteArrayView name, SourcePos pos)
{
    return Ast::variable(atom(name), pos);
}

bool Parser::expect(TokenKind kind, const Token &opener)
{
    if (at(kind)) {
        advance();
        return true;
    }
    if (at(TokenKind::Eof))
        return missingTerminator(opener, cur());
    return syntaxErrorBefore(cur());
}

} // namespace ectowb::elixir
