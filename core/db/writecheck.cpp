#include "writecheck.h"
#include "common/wordset.h"

#include "sql/sqltokenizer.h"

#include <QSet>

namespace ectowb::db {

namespace {

// Statements that never change what is stored. SET/RESET/BEGIN... change the
// session only.
const QSet<QString> &readingStarts()
{
    static const QSet<QString> words =
        common::wordSet(uR"(
            SELECT VALUES TABLE SHOW WITH EXPLAIN BEGIN START COMMIT END ROLLBACK ABORT SAVEPOINT RELEASE SET
            RESET PRAGMA DEALLOCATE PREPARE FETCH CLOSE DECLARE DISCARD LISTEN UNLISTEN
        )");
    return words;
}

QString sqlPreview(const QString &sql)
{
    QString text = sql.simplified();
    if (text.size() > 80)
        text = text.left(77) + QStringLiteral("...");
    return text;
}

} // namespace

bool WriteCheck::statementWrites(const QStringList &words, bool hasAssignment)
{
    if (words.isEmpty())
        return false;
    const QString &first = words.first();
    if (!readingStarts().contains(first))
        return true;
    // BEGIN IMMEDIATE / EXCLUSIVE take SQLite's write lock: a writer's first step.
    if (first == u"BEGIN" && words.size() > 1 && (words.at(1) == u"IMMEDIATE" || words.at(1) == u"EXCLUSIVE"))
        return true;
    // PRAGMA user_version = 3, journal_mode = WAL: they write the file.
    if (first == u"PRAGMA")
        return hasAssignment;
    // EXPLAIN ANALYZE runs the statement; plain EXPLAIN only plans it.
    if (first == u"EXPLAIN" && !words.contains(QStringLiteral("ANALYZE")) && !words.contains(QStringLiteral("ANALYSE")))
        return false;
    QString previous;
    for (const QString &word : words) {
        if (word == u"INSERT" || word == u"DELETE" || word == u"MERGE" || word == u"INTO" || word == u"COPY"
            || (word == u"UPDATE" && previous != u"FOR" && previous != u"KEY"))
            return true; // SELECT ... INTO makes a table on PostgreSQL
        previous = word;
    }
    return false;
}

bool WriteCheck::writes(const QString &sql)
{
    QStringList words;
    bool assignment = false;
    for (const sql::SqlToken &token : sql::SqlTokenizer::tokenize(sql)) {
        const QString text = sql.mid(token.start, token.length);
        if (token.kind == sql::SqlTokenKind::Punctuation && text == u";") {
            if (statementWrites(words, assignment))
                return true;
            words.clear();
            assignment = false;
            continue;
        }
        if (token.kind == sql::SqlTokenKind::Keyword || token.kind == sql::SqlTokenKind::Identifier)
            words << text.toUpper();
        else if (token.kind == sql::SqlTokenKind::Operator && text == u"=")
            assignment = true;
    }
    return statementWrites(words, assignment);
}

QString WriteCheck::readOnlyReason(const ConnectionSettings &settings)
{
    if (!settings.readOnly)
        return {};
    if (settings.dialect == Dialect::Sqlite) {
        if (settings.sqliteParameter(QStringLiteral("mode")) == u"ro")
            return QStringLiteral("mode=ro");
        const QString immutable = settings.sqliteParameter(QStringLiteral("immutable"));
        if (!immutable.isEmpty())
            return QStringLiteral("immutable=") + immutable;
    }
    return QStringLiteral("read-only");
}

std::optional<Error> WriteCheck::refuseStatement(const ConnectionSettings &settings, const QString &sql)
{
    if (!settings.readOnly || !writes(sql))
        return std::nullopt;
    return Error{QStringLiteral("refused: the database %1 is opened read-only (%2) and this statement writes: %3")
                     .arg(settings.redacted(), readOnlyReason(settings), sqlPreview(sql))};
}

std::optional<Error> WriteCheck::refuseOperation(const ConnectionSettings &settings, const QString &operation)
{
    if (!settings.readOnly)
        return std::nullopt;
    return Error{QStringLiteral("refused: %1 writes to the database, but %2 is opened read-only (%3); nothing was sent")
                     .arg(operation, settings.redacted(), readOnlyReason(settings))};
}

} // namespace ectowb::db
