#pragma once

#include <QtGlobal>

namespace ectowb::elixir {

struct AstNode;

enum class TokenKind : quint8 {
    Eof,
    Eol,       // one or more newlines (collapsed)
    Semicolon, // `;`, also a separator
    Comma,
    LParen,
    RParen,
    LBracket,
    RBracket,
    LBrace,
    RBrace,
    LBinary, // <<
    RBinary, // >>
    Percent, // % of %{} and %Struct{}
    Dot,
    Identifier,   // foo, foo?, __MODULE__
    Alias,        // Foo
    KwIdentifier, // foo: (value = the key)
    Atom,         // :foo, :+, true/false/nil (value = name)
    Integer,      // value in intValue, or decimal digits in value when big
    Float,
    Op,           // an operator, see OpClass; value = its name
    Do,
    End,
    Fn,
    BlockIdentifier, // else after rescue catch
    // A string-like literal is a flat run of tokens:
    //   StringBegin (Fragment | InterpBegin <code tokens> InterpEnd)* StringEnd
    StringBegin, // strKind says which literal; for sigils value = the sigil letter
    Fragment,    // literal text, value = its (unescaped) bytes
    InterpBegin, // #{
    InterpEnd,   // }
    StringEnd,   // value = sigil modifiers; kwKey = true for "foo": keys
    Comment,     // only in recovering mode
    Error,       // only in recovering mode: something unreadable
};

// ( [ { <<: the brackets that nest expressions, and their closers.
constexpr bool isBracketOpener(TokenKind kind)
{
    return kind == TokenKind::LParen || kind == TokenKind::LBracket || kind == TokenKind::LBrace
        || kind == TokenKind::LBinary;
}

constexpr bool isBracketCloser(TokenKind kind)
{
    return kind == TokenKind::RParen || kind == TokenKind::RBracket || kind == TokenKind::RBrace
        || kind == TokenKind::RBinary;
}

enum class StrKind : quint8 {
    None,
    Binary,      // "..." / """..."""
    Charlist,    // '...' / '''...'''
    Atom,        // :"..."
    Sigil,       // ~x...
};

// Operator classes, named after elixir_parser.yrl's terminals.
enum class OpClass : quint8 {
    None,
    Stab,    // ->
    InMatch, // <- \\ .
    When,
    Type,    // ::
    Pipe,    // |
    Assoc,   // =>
    Capture, // &
    Match,   // =
    Or,
    And,
    Comp,
    Rel,
    Arrow,
    In,      // in
    NotIn,   // not in
    Xor,     // ^^^
    Ternary, // //
    Concat,
    Range,   // ..
    Dual,    // + -
    Mult,
    Power,
    Unary,   // ! ^ not ~~~
    At,      // @
};

struct Token
{
    TokenKind kind = TokenKind::Eof;
    OpClass op = OpClass::None;
    StrKind strKind = StrKind::None;
    bool spaceBefore = false; // whitespace (or a comment/newline) right before
    bool spaceAfter = false;  // whitespace right after (for `foo -1` vs `foo - 1`)
    bool heredoc = false;     // StringBegin/StringEnd of a heredoc
    bool kwKey = false;       // StringEnd of a quoted keyword key: "foo bar": 1
    bool big = false;         // Integer that does not fit qint64
    bool valueInSource = false; // value bytes are a slice of the source, not the arena
    int start = 0;            // byte offset in the source
    int length = 0;           // byte length in the source
    int line = 1;
    int column = 1;
    int valueStart = 0; // into Tokenizer::values()
    int valueLength = 0;
    union {
        qint64 intValue = 0;
        double floatValue;
        // Identifier, Alias, KwIdentifier, Atom: the interned atom of value(),
        // once Tokenizer::internNames() ran (null before).
        const AstNode *atom;
    };
};

} // namespace ectowb::elixir
