#pragma once

#include "token.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// Character classes and small scanners of Elixir's lexical grammar, shared by the
// tokenizer and the printer (which must know what an identifier looks like).
namespace ectowb::elixir::lexicon {

inline bool isDigit(char c) { return c >= '0' && c <= '9'; }
inline bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool isIdentStart(char c) { return (c >= 'a' && c <= 'z') || c == '_'; }
inline bool isIdentChar(char c)
{
    return isAsciiLetter(c) || isDigit(c) || c == '_' || uchar(c) >= 0x80;
}
inline bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
inline bool isHex(char c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
inline int hexValue(char c)
{
    return isDigit(c) ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : c - 'A' + 10;
}

// The offset of the first byte that is not valid UTF-8, or -1.
int firstInvalidUtf8(const char *data, int len);
// Decodes one code point (len gets its byte count); invalid bytes decode as themselves.
qint64 decodeCodepoint(const char *data, int len, int *consumed);
qint64 decodeFirstCodepoint(const char *data, int len);
void appendUtf8(QByteArray &out, uint codepoint);

// Whether a newline after `prev` separates expressions (it does not after an
// operator, a comma or an opening bracket).
bool eolMatters(const Token &prev);

struct OpMatch
{
    int length = 0;
    TokenKind kind = TokenKind::Op;
    OpClass op = OpClass::None;
};
OpMatch matchOperator(const char *p, int n);
// Length of an operator usable after `:` as an atom (`:+`, `:..//`, `:%{}`), or 0.
int matchAtomOperator(const char *p, int n);

struct NumberScan
{
    int length = 0;
    bool isFloat = false;
    bool big = false;
    qint64 intValue = 0;
    double floatValue = 0.0;
    QByteArray digits; // decimal digits of a big integer
};
NumberScan scanNumber(const char *p, int n);

// End of an identifier starting at pos (with an optional ? or ! suffix).
int scanIdentifierEnd(const char *data, int len, int pos);
// End of an unquoted atom name starting at pos (identifier chars, @, ? or !).
int scanAtomEnd(const char *data, int len, int pos);
// `foo:` followed by whitespace: pos is at the colon.
bool isKeywordColon(const char *data, int len, int pos);
// After `not`: the end of ` in` when it follows, else 0.
int matchNotIn(const char *data, int len, int pos);

struct Keyword
{
    TokenKind kind = TokenKind::Identifier;
    OpClass op = OpClass::None;
};
Keyword keyword(QByteArrayView name);

char sigilCloser(char open);
// The text that closes an opening token: ")" for (, "end" for do and fn.
QString terminatorOf(TokenKind open);
// Skips blanks up to and including the newline; false if other text comes first.
bool restOfLineBlank(const char *data, int len, int &pos);
// The indentation of a heredoc's closing line, searched from pos.
int heredocIndent(const char *data, int len, int pos, char quote);

} // namespace ectowb::elixir::lexicon
