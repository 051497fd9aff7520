#pragma once

#include "ast.h"
#include "syntaxerror.h"
#include "tokenizer.h"

#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ectowb::elixir {

class AstAtomTable;

// A precedence-climbing parser over Tokenizer's tokens that builds the quoted
// form of Code.string_to_quoted/2 (Elixir 1.14). Errors are values: parse()
// returns nothing and error() says where and why.
class Parser
{
    // Vectors of handles lent to one construct while it is read. Nodes copy their
    // children into the document, so the buffers can be used again: a parse
    // allocates no vector per node. Borrowed and returned in LIFO order (locals).
    class Scratch
    {
    public:
        explicit Scratch(Parser &parser) : m_parser(parser)
        {
            if (parser.m_scratchUsed == parser.m_scratch->size())
                parser.m_scratch->emplace_back();
            m_v = &(*parser.m_scratch)[parser.m_scratchUsed++];
        }
        ~Scratch()
        {
            m_v->clear();
            --m_parser.m_scratchUsed;
        }
        Scratch(const Scratch &) = delete;
        Scratch &operator=(const Scratch &) = delete;
        std::vector<Ast> &get() { return *m_v; }

    private:
        Parser &m_parser;
        std::vector<Ast> *m_v;
    };

    // Restores the "may a do-block attach here" flag when a container closes.
    struct AllowDoScope
    {
        AllowDoScope(bool &flag, bool value) : m_flag(flag), m_saved(flag) { m_flag = value; }
        ~AllowDoScope() { m_flag = m_saved; }
        bool &m_flag;
        bool m_saved;
    };

public:
    // Vectors the parser lends to the constructs it reads; a caller that parses
    // many files keeps one pool per thread so they are allocated once.
    using ScratchPool = std::deque<std::vector<Ast>>;

    Parser(const Tokenizer &tokenizer, const QString &file, ScratchPool *scratch = nullptr);

    std::optional<Ast> parse();
    const SyntaxError &error() const { return m_error; }

private:
    // -- expressions (parser.cpp)
    std::optional<Ast> parseExpr(int minPrec);
    std::optional<Ast> parseExprFrom(Ast left, int minPrec);
    std::optional<Ast> parseUnary();
    std::optional<Ast> parsePrimary();
    std::optional<Ast> parseIdentifier();
    std::optional<Ast> parseDot(Ast left);
    std::optional<Ast> parseAccess(Ast left);
    bool spacedAccess(const Ast &left) const;
    std::optional<Ast> finishCall(Ast form, SourcePos pos, bool allowNoParens);
    std::optional<Ast> buildBinary(const Token &op, Ast left, Ast right);
    bool canStartNoParensArg(const Token &t) const;
    bool atKeywordStart() const;

    // -- containers and strings (parserblocks.cpp)
    bool parseParenArgs(std::vector<Ast> &args);
    bool parseNoParensArgs(std::vector<Ast> &args);
    std::optional<Ast> parseKeywordList();
    std::optional<Ast> parseKeywordKey();
    std::optional<Ast> parseQuotedName();
    std::optional<Ast> parseList();
    std::optional<Ast> parseTuple();
    std::optional<Ast> parseBinary();
    std::optional<Ast> parseMap();
    std::optional<Ast> parseMapBody(SourcePos pos);
    // What is being read decides how a closing keyword list is taken: as pairs
    // (lists), as one item that an element must precede (tuples, binaries), or as
    // the last argument (calls, where only keywords may end with a comma).
    enum class Items { List, Tuple, CallArgs };
    bool parseContainerItems(TokenKind close, std::vector<Ast> &elems, Items items);
    bool parseKeywordTail(std::vector<Ast> &items, bool spread);
    bool commaFollows();
    std::optional<Ast> parseString();
    bool parseStringParts(std::vector<Ast> &parts, QByteArray &flat, bool &interpolated);
    bool parseExprList(std::vector<Ast> &exprs, TokenKind terminator);
    Ast buildBlock(AstSpan exprs, bool emptyIsNil = false);

    // -- parentheses, fn and do-blocks (parserclauses.cpp)
    std::optional<Ast> parseParens();
    std::optional<Ast> parseFn();
    std::optional<Ast> parseDoBlock();
    // parenHead: the parentheses being read open a clause (see parseParens).
    std::optional<Ast> parseStabOrBlock(bool &isStab, bool parenHead = false);
    bool parseClauseBody(std::vector<Ast> &body);
    bool parenHeadFollows() const;

    // -- helpers
    // Argument lists are short: one allocation for the usual sizes instead of
    // growing 1, 2, 4 (an Ast is one pointer).
    static void reserveSmall(std::vector<Ast> &v)
    {
        if (v.capacity() == 0)
            v.reserve(4);
    }
    const Token &cur() const { return m_tokens[m_i]; }
    const Token &peekTok(size_t ahead = 1) const
    {
        return m_tokens[std::min(m_i + ahead, m_tokens.size() - 1)];
    }
    bool at(TokenKind kind) const { return cur().kind == kind; }
    void advance()
    {
        if (m_i + 1 < m_tokens.size())
            ++m_i;
    }
    void skipEol()
    {
        while (at(TokenKind::Eol))
            advance();
    }
    void skipSeparators()
    {
        while (at(TokenKind::Eol) || at(TokenKind::Semicolon))
            advance();
    }
    bool expect(TokenKind kind, const Token &opener);
    static SourcePos posOf(const Token &t) { return SourcePos{t.line, t.column}; }
    QByteArrayView value(const Token &t) const { return m_tokenizer.value(t); }
    Ast atom(QByteArrayView name);
    // The atom of a name token: interned by the tokenizer when it could be.
    Ast atomOf(const Token &t);
    Ast atomCopy(const QByteArray &name);
    Ast var(QByteArrayView name, SourcePos pos);
    Ast varOf(const Token &t, SourcePos pos);
    bool failAt(const Token &t, const QString &message);
    bool syntaxErrorBefore(const Token &t);
    // `Foo.Bar(1)`: "unexpected ( after alias Bar", right after the `(`.
    bool parenAfterAlias(const Token &paren, const Ast &alias);
    bool missingTerminator(const Token &opener, const Token &at);
    // Elixir's error_no_parens_many/container: `f a, b c, d` and `[a, b c, d]`.
    bool nestedNoParensCall(size_t argStart, bool container);
    // `[a: 1, 2]`: a keyword list must come last.
    bool expressionAfterKeywords();
    // `def (a, b)`: parentheses after a space holding several arguments.
    bool spacedParensWithComma(const Token &open);
    QString describe(const Token &t) const;

    struct DepthGuard
    {
        explicit DepthGuard(int &depth) : m_depth(depth) { ++m_depth; }
        ~DepthGuard() { --m_depth; }
        int &m_depth;
    };
    bool tooDeep();

    const Tokenizer &m_tokenizer;
    const std::vector<Token> &m_tokens;
    size_t m_i = 0;
    QString m_file;
    SyntaxError m_error;
    bool m_failed = false;
    bool m_allowDo = true;
    StrKind m_stringKind = StrKind::Binary; // of the string being read
    int m_depth = 0;
    int m_assocDepth = -1;          // the depth at which `=>` is allowed (a map entry's)
    size_t m_noParensManyEnd = 0;   // token index right after the last `f a, b` call
    SourcePos m_noParensManyPos;    // and where that call starts
    static constexpr size_t NoToken = size_t(-1);
    size_t m_headParen = NoToken;   // a `(` that starts a clause of a do-block, fn or parentheses
    ScratchPool m_ownScratch;
    ScratchPool *m_scratch; // a deque: borrowed vectors stay put as it grows
    size_t m_scratchUsed = 0;
    AstAtomTable &m_atoms;
    Ast m_nilAtom;
    // Atoms the parser builds all the time, looked up once.
    Ast m_dot, m_aliases, m_block, m_stab, m_binaryForm, m_mapForm, m_tupleForm, m_doAtom;
};

} // namespace ectowb::elixir
