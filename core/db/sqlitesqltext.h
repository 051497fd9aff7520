#pragma once

#include <QString>
#include <QStringList>

namespace ectowb::db {

// The little SQL reading SQLite introspection needs: SQLite keeps an index's
// expressions and WHERE, and constraint names, only in the CREATE statement text
// stored in sqlite_master. Quote-aware ('...', "...", `...`, [...]).
class SqliteSqlText
{
public:
    // The text inside the first top-level parentheses, and what follows them.
    struct Parenthesized
    {
        bool found = false;
        QString inside;
        QString after;
    };
    static Parenthesized firstParenthesized(const QString &sql);

    // Splits at commas outside quotes and parentheses; parts are trimmed.
    static QStringList splitTopLevel(const QString &text);

    // A partial index's condition, without the WHERE keyword; empty if none.
    static QString indexPredicate(const QString &createIndexSql);
    // The key expressions of CREATE INDEX, as written.
    static QStringList indexKeys(const QString &createIndexSql);

    // The leading identifier of a definition, unquoted ("\"user_id\" INTEGER" -> user_id).
    static QString leadingIdentifier(const QString &definition, qsizetype *end = nullptr);
    // The name after CONSTRAINT that precedes `keyword` (REFERENCES, FOREIGN), if any.
    static QString constraintNameBefore(const QString &definition, const QString &keyword);

private:
    static qsizetype skipQuoted(const QString &text, qsizetype i);
};

} // namespace ectowb::db
