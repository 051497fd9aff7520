#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace ectowb::sql {

enum class SqlTokenKind : quint8 {
    Keyword,
    Identifier,
    QuotedName,  // "name" (standard) and `name` (SQLite)
    String,      // 'text', E'text', $$text$$, $tag$text$tag$, X'hex'
    Number,
    Parameter,   // $1, ?, ?3
    Comment,     // -- line and /* block */ (nested, as PostgreSQL reads them)
    Operator,
    Punctuation,
    Error,       // a character SQL has no use for
};

// One token of SQL text, in UTF-16 offsets into the scanned QString.
struct SqlToken
{
    SqlTokenKind kind = SqlTokenKind::Error;
    int start = 0;
    int length = 0;
    // False for a string, quoted name or block comment that runs off the end of the text.
    bool terminated = true;

    friend bool operator==(const SqlToken &, const SqlToken &) = default;
};

using SqlTokens = QList<SqlToken>;

// Splits PostgreSQL and SQLite SQL into tokens for highlighting and inspection.
// Whitespace produces no token. The tokenizer never fails: what it cannot read
// becomes an Error token and scanning goes on with the next character.
class SqlTokenizer
{
public:
    static SqlTokens tokenize(const QString &text);
    static bool isKeyword(QStringView word);

private:
    explicit SqlTokenizer(const QString &text) : m_text(text) {}

    SqlTokens run();
    SqlToken next();
    QChar at(int pos) const { return pos < m_text.size() ? m_text.at(pos) : QChar(); }

    SqlToken lineComment();
    SqlToken blockComment();
    SqlToken quoted(int prefixLength, QChar quote, SqlTokenKind kind, bool backslashEscapes);
    SqlToken dollar();
    SqlToken number();
    SqlToken word();
    SqlToken operatorRun();
    SqlToken make(SqlTokenKind kind, int end, bool terminated = true);

    const QString &m_text;
    int m_pos = 0;
    int m_start = 0;
};

} // namespace ectowb::sql
