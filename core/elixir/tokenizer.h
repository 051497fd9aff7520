#pragma once

#include "token.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>
#include <vector>

namespace ectowb::elixir {

namespace lexicon {
struct OpMatch;
}

class AstAtomTable;

// Storage a tokenizer can borrow, so that reading many files on one thread
// allocates its token vector and value bytes once instead of once per file.
struct TokenizerBuffers
{
    std::vector<Token> tokens;
    QByteArray values;
    std::vector<int> openers;
};

// Turns Elixir source (UTF-8 bytes) into a flat token vector, in one pass over the
// bytes. Strings with interpolation become StringBegin/Fragment/InterpBegin...
// runs so that the parser and the highlighter need no recursion here.
class Tokenizer
{
public:
    enum class Mode : quint8 {
        Strict,     // stop at the first error (the reader)
        Recovering, // never stop, keep comments (the highlighter)
    };

    struct Error
    {
        int line = 1;
        int column = 1;
        QString message;
    };

    explicit Tokenizer(const QByteArray &utf8, Mode mode = Mode::Strict, TokenizerBuffers *buffers = nullptr);
    ~Tokenizer();
    Tokenizer(const Tokenizer &) = delete;
    Tokenizer &operator=(const Tokenizer &) = delete;

    // Tokenizes the whole source; false (with error()) on a strict-mode error.
    bool run();
    // Looks up the atoms of all names in one pass before the parser needs them:
    // the table's cache misses then overlap instead of stalling the parser one
    // by one. Call inside the AstBuildScope the tree is built in.
    void internNames(AstAtomTable &table);

    const std::vector<Token> &tokens() const { return m_tokens; }
    const std::optional<Error> &error() const { return m_error; }
    // The value bytes of a token: identifier/atom name, unescaped fragment, ...
    QByteArrayView value(const Token &token) const
    {
        return QByteArrayView((token.valueInSource ? m_data : m_values.constData()) + token.valueStart,
                              token.valueLength);
    }
    const QByteArray &source() const { return m_src; }

private:
    struct Context
    {
        bool isString = false;
        // code context (an interpolation, or the top level)
        int braceDepth = 0;
        // string context
        StrKind kind = StrKind::None;
        char open = 0;
        char close = 0;
        bool heredoc = false;
        bool interpolates = true;
        bool unescapes = true; // false for sigils: escapes stay raw
        int indent = 0;        // heredoc indentation to strip
        bool atLineStart = false;
        int beginToken = -1;   // index of the StringBegin token
        int beginLine = 1;
    };

    bool scanCode();
    bool scanString(Context &ctx);
    void skipHeredocIndent(const Context &ctx);
    bool scanNumber();
    bool scanCharLiteral();
    bool scanIdentifier();
    bool scanAlias();
    bool scanColon();
    bool scanSigil();
    bool scanOperator();
    bool operatorAsName(const lexicon::OpMatch &match, int start);
    bool slashFollows(int pos) const;
    bool gluedColon(int start, int end);
    bool pushKeywordKey(int start, int end);
    int nameWithAtEnd(int start, int runEnd) const;
    bool nameWithAt(int start, int end, const QString &kind);
    bool beginString(StrKind kind, char quote, int tokenStart);
    bool openStringBody(Context ctx, bool heredoc, char quote, char shownQuote);
    bool unescapeInto(QByteArray &out);
    void endString(Context &ctx, int closeStart);
    void checkQuotedName(int beginToken, int closeStart);
    int rawNameLength(int from, int to, char quote) const;
    void newline(int at);
    void trackTerminator(const Token &token);
    bool checkTerminatorsAtEnd();

    Token &push(TokenKind kind, int start, int length);
    void setValue(Token &token, const char *data, int length);
    void setValueFromSource(Token &token, int start, int length)
    {
        token.valueInSource = true;
        token.valueStart = start;
        token.valueLength = length;
    }
    int columnAt(int offset);
    bool fail(int offset, const QString &message);
    bool failHere(const QString &message) { return fail(m_pos, message); }
    // An error at a token already read (it may lie lines back, as a string's start).
    void setErrorAt(const Token &t, const QString &message) { m_error = Error{t.line, t.column, message}; }
    bool recovering() const { return m_mode == Mode::Recovering; }
    void emitErrorToken(int start, int length);
    char peek(int ahead = 0) const
    {
        return m_pos + ahead < m_len ? m_data[m_pos + ahead] : '\0';
    }

    QByteArray m_src;
    const char *m_data = nullptr;
    int m_len = 0;
    int m_pos = 0;
    int m_line = 1;
    int m_lineStart = 0;
    int m_colCacheOffset = 0;
    int m_colCacheColumn = 1;
    bool m_ascii = false; // no byte >= 0x80: a column is just an offset in its line
    bool m_spaceBefore = false;
    Mode m_mode;
    std::vector<Token> m_tokens;
    std::vector<Context> m_stack;
    std::vector<int> m_openers; // indices of ( [ { << do fn awaiting their terminator
    QByteArray m_values;
    QByteArray m_fragment;
    int m_fragmentStart = 0;
    std::optional<Error> m_error;
    TokenizerBuffers *m_buffers = nullptr;
};

} // namespace ectowb::elixir
