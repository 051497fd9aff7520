#include "sql/sqltokenizer.h"

#include <QSet>

namespace ectowb::sql {

namespace {

// Reserved and common non-reserved words of PostgreSQL and SQLite, plus the type
// names migrations use, so DDL reads as well as queries do.
const QSet<QString> &keywords()
{
    static const QSet<QString> words = [] {
        const char *const list[] = {
            "ABORT", "ACTION", "ADD", "AFTER", "ALL", "ALTER", "ALWAYS", "ANALYZE", "AND", "ANY",
            "ARRAY", "AS", "ASC", "ATTACH", "AUTOINCREMENT", "BEFORE", "BEGIN", "BETWEEN", "BIGINT",
            "BIGSERIAL", "BINARY", "BLOB", "BOOLEAN", "BOTH", "BY", "BYTEA", "CASCADE", "CASE", "CAST",
            "CHAR", "CHARACTER", "CHECK", "COLLATE", "COLUMN", "COMMENT", "COMMIT", "CONCURRENTLY",
            "CONFLICT", "CONSTRAINT", "CREATE", "CROSS", "CURRENT_DATE", "CURRENT_TIME",
            "CURRENT_TIMESTAMP", "DATABASE", "DATE", "DECIMAL", "DEFAULT", "DEFERRABLE", "DEFERRED",
            "DELETE", "DESC", "DISTINCT", "DO", "DOUBLE", "DROP", "EACH", "ELSE", "END", "ESCAPE",
            "EXCEPT", "EXCLUDE", "EXISTS", "EXPLAIN", "EXTENSION", "FALSE", "FETCH", "FILTER", "FIRST",
            "FLOAT", "FOR", "FOREIGN", "FROM", "FULL", "FUNCTION", "GENERATED", "GLOB", "GRANT",
            "GROUP", "HAVING", "IDENTITY", "IF", "ILIKE", "IMMEDIATE", "IN", "INDEX", "INHERITS",
            "INITIALLY", "INNER", "INSERT", "INT", "INTEGER", "INTERSECT", "INTERVAL", "INTO", "IS",
            "ISNULL", "JOIN", "JSON", "JSONB", "KEY", "LAST", "LATERAL", "LEADING", "LEFT", "LIKE",
            "LIMIT", "LOCK", "LOCKED", "MATCH", "MATERIALIZED", "NATURAL", "NO", "NOT", "NOTHING",
            "NOTNULL", "NOWAIT", "NULL", "NULLS", "NUMERIC", "OF", "OFFSET", "ON", "ONLY", "OR",
            "ORDER", "OUTER", "OVER", "PARTITION", "PRAGMA", "PRECISION", "PRIMARY", "REAL",
            "RECURSIVE", "REFERENCES", "REGEXP", "REINDEX", "RELEASE", "RENAME", "REPLACE", "RESTRICT",
            "RETURNING", "RIGHT", "ROLLBACK", "ROW", "ROWS", "SAVEPOINT", "SCHEMA", "SELECT",
            "SEQUENCE", "SERIAL", "SET", "SHARE", "SIMILAR", "SKIP", "SMALLINT", "SOME", "TABLE",
            "TEMP", "TEMPORARY", "TEXT", "THEN", "TIME", "TIMESTAMP", "TIMESTAMPTZ", "TO", "TRAILING",
            "TRANSACTION", "TRIGGER", "TRUE", "TRUNCATE", "TYPE", "UNION", "UNIQUE", "UPDATE", "USING",
            "UUID", "VACUUM", "VALUES", "VARCHAR", "VARYING", "VIEW", "VIRTUAL", "WHEN", "WHERE",
            "WINDOW", "WITH", "WITHOUT", "ZONE",
        };
        QSet<QString> set;
        for (const char *word : list)
            set.insert(QString::fromLatin1(word));
        return set;
    }();
    return words;
}

bool isWordStart(QChar c) { return c.isLetter() || c == u'_'; }
bool isWordPart(QChar c) { return c.isLetterOrNumber() || c == u'_' || c == u'$'; }
bool isDigit(QChar c) { return c >= u'0' && c <= u'9'; }
bool isHexDigit(QChar c) { return isDigit(c) || (c.toLower() >= u'a' && c.toLower() <= u'f'); }

bool isOperatorChar(QChar c)
{
    return QStringView(u"+-*/<>=~!@#%^&|:").contains(c);
}

bool isPunctuation(QChar c)
{
    return QStringView(u"(),;.[]{}").contains(c);
}

} // namespace

SqlTokens SqlTokenizer::tokenize(const QString &text)
{
    return SqlTokenizer(text).run();
}

bool SqlTokenizer::isKeyword(QStringView word)
{
    return keywords().contains(word.toString().toUpper());
}

SqlTokens SqlTokenizer::run()
{
    SqlTokens tokens;
    while (true) {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
        if (m_pos >= m_text.size())
            return tokens;
        m_start = m_pos;
        tokens.append(next());
    }
}

SqlToken SqlTokenizer::next()
{
    const QChar c = at(m_pos);
    const QChar n = at(m_pos + 1);
    if (c == u'-' && n == u'-')
        return lineComment();
    if (c == u'/' && n == u'*')
        return blockComment();
    if (c == u'\'')
        return quoted(0, c, SqlTokenKind::String, false);
    if (c == u'"' || c == u'`')
        return quoted(0, c, SqlTokenKind::QuotedName, false);
    if (c == u'$')
        return dollar();
    if (c == u'?') {
        int end = m_pos + 1;
        while (isDigit(at(end)))
            ++end;
        return make(SqlTokenKind::Parameter, end);
    }
    if (isDigit(c) || (c == u'.' && isDigit(n)))
        return number();
    if (isWordStart(c))
        return word();
    if (isOperatorChar(c))
        return operatorRun();
    if (isPunctuation(c))
        return make(SqlTokenKind::Punctuation, m_pos + 1);
    return make(SqlTokenKind::Error, m_pos + 1);
}

SqlToken SqlTokenizer::lineComment()
{
    int end = m_pos;
    while (end < m_text.size() && m_text.at(end) != u'\n')
        ++end;
    return make(SqlTokenKind::Comment, end);
}

SqlToken SqlTokenizer::blockComment()
{
    int depth = 0;
    int pos = m_pos;
    while (pos < m_text.size()) {
        if (at(pos) == u'/' && at(pos + 1) == u'*') {
            ++depth;
            pos += 2;
        } else if (at(pos) == u'*' && at(pos + 1) == u'/') {
            pos += 2;
            if (--depth == 0)
                return make(SqlTokenKind::Comment, pos);
        } else {
            ++pos;
        }
    }
    return make(SqlTokenKind::Comment, pos, false);
}

// A quote doubled inside the literal stands for itself ('it''s', "a""b"); E'' strings
// also take backslash escapes.
SqlToken SqlTokenizer::quoted(int prefixLength, QChar quote, SqlTokenKind kind, bool backslashEscapes)
{
    int pos = m_pos + prefixLength + 1;
    while (pos < m_text.size()) {
        const QChar c = m_text.at(pos);
        if (backslashEscapes && c == u'\\') {
            pos += 2;
        } else if (c == quote) {
            if (at(pos + 1) != quote)
                return make(kind, pos + 1);
            pos += 2;
        } else {
            ++pos;
        }
    }
    return make(kind, int(m_text.size()), false);
}

// `$1` is a parameter, `$$...$$` and `$tag$...$tag$` are PostgreSQL dollar-quoted
// strings, and `$name` is an SQLite named parameter.
SqlToken SqlTokenizer::dollar()
{
    int pos = m_pos + 1;
    if (isDigit(at(pos))) {
        while (isDigit(at(pos)))
            ++pos;
        return make(SqlTokenKind::Parameter, pos);
    }
    if (at(pos) != u'$' && !isWordStart(at(pos)))
        return make(SqlTokenKind::Error, pos);
    while (at(pos).isLetterOrNumber() || at(pos) == u'_')
        ++pos;
    if (at(pos) != u'$')
        return make(SqlTokenKind::Parameter, pos);
    const QString delimiter = m_text.mid(m_pos, pos + 1 - m_pos);
    const qsizetype close = m_text.indexOf(delimiter, pos + 1);
    if (close < 0)
        return make(SqlTokenKind::String, int(m_text.size()), false);
    return make(SqlTokenKind::String, int(close + delimiter.size()));
}

SqlToken SqlTokenizer::number()
{
    int pos = m_pos;
    if (at(pos) == u'0' && (at(pos + 1) == u'x' || at(pos + 1) == u'X') && isHexDigit(at(pos + 2))) {
        pos += 2;
        while (isHexDigit(at(pos)))
            ++pos;
        return make(SqlTokenKind::Number, pos);
    }
    while (isDigit(at(pos)))
        ++pos;
    if (at(pos) == u'.' && at(pos + 1) != u'.') {
        ++pos;
        while (isDigit(at(pos)))
            ++pos;
    }
    const bool signedExponent = at(pos + 1) == u'+' || at(pos + 1) == u'-';
    if ((at(pos) == u'e' || at(pos) == u'E') && isDigit(at(pos + (signedExponent ? 2 : 1)))) {
        pos += signedExponent ? 2 : 1;
        while (isDigit(at(pos)))
            ++pos;
    }
    return make(SqlTokenKind::Number, pos);
}

SqlToken SqlTokenizer::word()
{
    int pos = m_pos;
    while (isWordPart(at(pos)))
        ++pos;
    const QStringView text = QStringView(m_text).mid(m_pos, pos - m_pos);
    if (at(pos) == u'\'' && text.size() == 1 && QStringView(u"eEbBxXnN").contains(text.front()))
        return quoted(1, u'\'', SqlTokenKind::String, text.front().toUpper() == u'E');
    return make(isKeyword(text) ? SqlTokenKind::Keyword : SqlTokenKind::Identifier, pos);
}

// Operators are runs of operator characters (`<=`, `::`, `||`, `->>`), but a run
// stops where a comment starts, as in PostgreSQL's lexer.
SqlToken SqlTokenizer::operatorRun()
{
    int pos = m_pos + 1;
    while (isOperatorChar(at(pos))) {
        const bool commentStarts = (at(pos) == u'-' && at(pos + 1) == u'-')
            || (at(pos) == u'/' && at(pos + 1) == u'*');
        if (commentStarts)
            break;
        ++pos;
    }
    return make(SqlTokenKind::Operator, pos);
}

SqlToken SqlTokenizer::make(SqlTokenKind kind, int end, bool terminated)
{
    SqlToken token{kind, m_start, end - m_start, terminated};
    m_pos = end;
    return token;
}

} // namespace ectowb::sql
