#include "lockanalyzer.h"

#include <QRegularExpression>

#include <unordered_map>

namespace ectowb::migration {

namespace {

const QString kAccessExclusive = QStringLiteral("ACCESS EXCLUSIVE");
const QString kShareUpdateExclusive = QStringLiteral("SHARE UPDATE EXCLUSIVE");
const QString kShareRowExclusive = QStringLiteral("SHARE ROW EXCLUSIVE");
const QString kRowExclusive = QStringLiteral("ROW EXCLUSIVE");
const QString kSqliteWrite = QStringLiteral("database write lock");

// One (optionally schema-qualified) identifier, quoted or bare.
const QString kIdent = QStringLiteral("((?:\"(?:[^\"]|\"\")+\"|[A-Za-z_][\\w$]*)(?:\\.(?:\"(?:[^\"]|\"\")+\"|[A-Za-z_][\\w$]*))*)");

// The statement patterns below are string literals: each is compiled once per
// thread (IDENT stands for an identifier), as linting 2,000 files runs them often.
const QRegularExpression &pattern(const char *text)
{
    thread_local std::unordered_map<const char *, QRegularExpression> cache;
    auto it = cache.find(text);
    if (it == cache.end()) {
        QString expanded = QString::fromLatin1(text);
        expanded.replace(QStringLiteral("IDENT"), kIdent);
        it = cache.emplace(text, QRegularExpression(expanded, QRegularExpression::CaseInsensitiveOption)).first;
    }
    return it->second;
}

// The last part of a qualified identifier, unquoted: "public"."posts" -> posts.
QString unqualified(const QString &ident)
{
    QString last = ident;
    bool quoted = false;
    for (int i = ident.size() - 1; i >= 0; --i) {
        const QChar c = ident.at(i);
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (c == QLatin1Char('.') && !quoted) {
            last = ident.mid(i + 1);
            break;
        }
    }
    if (last.startsWith(QLatin1Char('"')) && last.endsWith(QLatin1Char('"')) && last.size() >= 2)
        last = last.mid(1, last.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
    return last;
}

// Splits at commas outside parentheses and quotes: the actions of one ALTER TABLE.
QStringList splitTopLevel(const QString &text)
{
    QStringList out;
    int depth = 0;
    QChar quote;
    int start = 0;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')')) {
            --depth;
        } else if (c == QLatin1Char(',') && depth == 0) {
            out << text.mid(start, i - start).trimmed();
            start = i + 1;
        }
    }
    out << text.mid(start).trimmed();
    return out;
}

QStringList referencedTables(const QString &sql)
{
    const QRegularExpression &re = pattern("\\bREFERENCES\\s+IDENT");
    QStringList out;
    for (auto it = re.globalMatch(sql); it.hasNext();) {
        const QString table = unqualified(it.next().captured(1));
        if (!out.contains(table))
            out << table;
    }
    return out;
}

// PostgreSQL functions marked VOLATILE that a default commonly calls; a default that
// calls one is computed per row, so adding such a column rewrites the table.
bool hasVolatileDefault(const QString &definition)
{
    static const QRegularExpression re(
        QStringLiteral("\\bDEFAULT\\b.*\\b(random|gen_random_uuid|uuid_generate_v1|uuid_generate_v1mc|uuid_generate_v4|"
                       "clock_timestamp|timeofday|nextval|txid_current)\\s*\\("),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(definition).hasMatch();
}

void raise(StatementLock &lock, const QString &mode)
{
    if (LockAnalyzer::strength(mode) > LockAnalyzer::strength(lock.mode))
        lock.mode = mode;
}

void addNote(StatementLock &lock, const QString &note)
{
    if (!lock.note.contains(note))
        lock.note += (lock.note.isEmpty() ? QString() : QStringLiteral("; ")) + note;
}

} // namespace

QString StatementLock::label() const
{
    QStringList parts;
    if (!mode.isEmpty())
        parts << mode;
    if (rewrite)
        parts << QStringLiteral("rewrite");
    else if (scan && !concurrently)
        parts << QStringLiteral("scan");
    if (concurrently)
        parts << QStringLiteral("concurrently");
    if (!unsupported.isEmpty())
        parts << QStringLiteral("fails on SQLite");
    return parts.join(QStringLiteral(", "));
}

QString StatementLock::describe() const
{
    const QString text = label();
    if (text.isEmpty())
        return createdTable.isEmpty() ? QStringLiteral("none") : QStringLiteral("none (new table)");
    return tables.isEmpty() ? text : text + QStringLiteral(" on ") + tables.join(QStringLiteral(", "));
}

int LockAnalyzer::strength(const QString &mode)
{
    static const QStringList order{QStringLiteral("ACCESS SHARE"), QStringLiteral("ROW SHARE"), kRowExclusive,
                                   kShareUpdateExclusive, QStringLiteral("SHARE"), kShareRowExclusive,
                                   QStringLiteral("EXCLUSIVE"), kAccessExclusive};
    return int(order.indexOf(mode.toUpper())) + 1;
}

StatementLock LockAnalyzer::analyze(const QString &sql, db::Dialect dialect)
{
    const QString text = sql.simplified();
    return dialect == db::Dialect::Postgres ? postgres(text) : sqlite(text);
}

StatementLock LockAnalyzer::postgres(const QString &sql)
{
    StatementLock lock;
    QRegularExpressionMatch m;
    const auto is = [&](const char *re) {
        m = pattern(re).match(sql);
        return m.hasMatch();
    };
    if (is("^SET\\s+(?:LOCAL\\s+|SESSION\\s+)?lock_timeout\\b")) {
        lock.setsLockTimeout = true;
    } else if (is("^CREATE\\s+(?:UNLOGGED\\s+|TEMP(?:ORARY)?\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?IDENT")) {
        lock.createdTable = unqualified(m.captured(1));
        lock.referenced = referencedTables(sql);
        if (!lock.referenced.isEmpty()) {
            lock.mode = kShareRowExclusive;
            lock.tables = lock.referenced;
            lock.note = QStringLiteral("its foreign keys lock the referenced tables against writes");
        }
    } else if (is("^CREATE\\s+(UNIQUE\\s+)?INDEX\\s+(CONCURRENTLY\\s+)?(?:IF\\s+NOT\\s+EXISTS\\s+)?(?:IDENT\\s+)?ON\\s+(?:ONLY\\s+)?IDENT")) {
        lock.concurrently = !m.captured(2).isEmpty();
        lock.mode = lock.concurrently ? kShareUpdateExclusive : QStringLiteral("SHARE");
        lock.tables = {unqualified(m.captured(4))};
        lock.scan = true;
        lock.note = lock.concurrently ? QStringLiteral("builds the index while reads and writes go on")
                                      : QStringLiteral("blocks writes while the index is built");
    } else if (is("^DROP\\s+INDEX\\s+(CONCURRENTLY\\s+)?")) {
        lock.concurrently = !m.captured(1).isEmpty();
        lock.mode = lock.concurrently ? kShareUpdateExclusive : kAccessExclusive;
        lock.note = QStringLiteral("on the index's table");
    } else if (is("^ALTER\\s+INDEX\\s+(?:IF\\s+EXISTS\\s+)?IDENT\\s+RENAME\\s+TO\\b")) {
        lock.mode = kShareUpdateExclusive;
    } else if (is("^DROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?IDENT")) {
        lock.mode = kAccessExclusive;
        lock.tables = {unqualified(m.captured(1))};
    } else if (is("^ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(?:ONLY\\s+)?IDENT\\s+(.*)$")) {
        lock.tables = {unqualified(m.captured(1))};
        alterTablePostgres(m.captured(2), lock);
    } else if (is("^(?:COMMENT\\s+ON|VACUUM|ANALYZE)\\b")) {
        lock.mode = kShareUpdateExclusive;
    } else if (is("^TRUNCATE\\s+(?:TABLE\\s+)?(?:ONLY\\s+)?IDENT")) {
        lock.mode = kAccessExclusive;
        lock.tables = {unqualified(m.captured(1))};
    } else if (is("^(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+(?:ONLY\\s+)?IDENT")) {
        lock.mode = kRowExclusive;
        lock.tables = {unqualified(m.captured(1))};
        lock.note = QStringLiteral("the rows it writes stay locked until the migration commits");
    } else if (is("^LOCK\\s+(?:TABLE\\s+)?(?:ONLY\\s+)?IDENT(?:\\s+IN\\s+([A-Z ]+?)\\s+MODE)?")) {
        lock.mode = m.captured(2).isEmpty() ? kAccessExclusive : m.captured(2).toUpper();
        lock.tables = {unqualified(m.captured(1))};
    } else if (is("^CREATE\\s+TRIGGER\\b.*\\bON\\s+IDENT")) {
        lock.mode = kShareRowExclusive;
        lock.tables = {unqualified(m.captured(1))};
    } else if (is("^(?:SELECT|WITH|CREATE\\s+(?:OR\\s+REPLACE\\s+)?VIEW)\\b")) {
        lock.mode = QStringLiteral("ACCESS SHARE");
    } else if (is("^(?:DROP|ALTER)\\s+(?:MATERIALIZED\\s+)?VIEW\\b|^REFRESH\\s+MATERIALIZED\\s+VIEW\\s+(?!CONCURRENTLY)")) {
        lock.mode = kAccessExclusive;
        lock.note = QStringLiteral("on the view");
    } else if (is("^(?:CREATE|DROP|ALTER|SET|RESET|GRANT|REVOKE)\\b")) {
        lock.note = QStringLiteral("locks no table");
    } else {
        lock.mode = QStringLiteral("unknown");
    }
    return lock;
}

void LockAnalyzer::alterTablePostgres(const QString &actions, StatementLock &lock)
{
    static const QRegularExpression rename(QStringLiteral("^(?:RENAME|SET\\s+SCHEMA)\\b"), QRegularExpression::CaseInsensitiveOption);
    if (rename.match(actions).hasMatch()) {
        lock.mode = kAccessExclusive;
        return;
    }
    for (const QString &action : splitTopLevel(actions))
        alterActionPostgres(action, lock);
}

void LockAnalyzer::alterActionPostgres(const QString &action, StatementLock &lock)
{
    QRegularExpressionMatch m;
    const auto is = [&](const char *re) {
        m = pattern(re).match(action);
        return m.hasMatch();
    };
    if (is("^ADD\\s+(?:CONSTRAINT\\s+IDENT\\s+)?(CHECK|FOREIGN\\s+KEY|UNIQUE|PRIMARY\\s+KEY|EXCLUDE)\\b")) {
        const QString kind = m.captured(2).toUpper();
        const bool notValid = action.contains(QLatin1String("NOT VALID"), Qt::CaseInsensitive);
        lock.notValid = lock.notValid || notValid;
        lock.scan = lock.scan || !notValid;
        if (kind.startsWith(QLatin1String("FOREIGN"))) {
            raise(lock, kShareRowExclusive);
            lock.referenced += referencedTables(action);
            addNote(lock, notValid ? QStringLiteral("NOT VALID: existing rows are not checked")
                                   : QStringLiteral("checks every row while writes to both tables wait"));
        } else {
            raise(lock, kAccessExclusive);
            addNote(lock, notValid ? QStringLiteral("NOT VALID: existing rows are not checked")
                                   : QStringLiteral("reads every row while reads and writes wait"));
        }
    } else if (is("^ADD\\s+(?:COLUMN\\s+)?(?:IF\\s+NOT\\s+EXISTS\\s+)?IDENT\\s+(.*)$")) {
        raise(lock, kAccessExclusive);
        const QString definition = m.captured(2);
        static const QRegularExpression rewriting(
            QStringLiteral("^(?:small|big)?serial\\b|\\bGENERATED\\b.*\\b(?:STORED|IDENTITY)\\b"), QRegularExpression::CaseInsensitiveOption);
        if (hasVolatileDefault(definition)) {
            lock.rewrite = lock.volatileDefault = true;
            addNote(lock, QStringLiteral("a volatile default is computed for every row"));
        } else if (rewriting.match(definition).hasMatch()) {
            lock.rewrite = true;
            addNote(lock, QStringLiteral("every row gets a generated value"));
        }
        if (definition.contains(QLatin1String("REFERENCES"), Qt::CaseInsensitive)) {
            lock.referenced += referencedTables(definition);
            lock.scan = true;
        }
    } else if (is("^VALIDATE\\s+CONSTRAINT\\b")) {
        raise(lock, kShareUpdateExclusive);
        lock.validates = lock.scan = true;
        addNote(lock, QStringLiteral("checks existing rows while reads and writes go on"));
    } else if (is("^ALTER\\s+(?:COLUMN\\s+)?IDENT\\s+(?:SET\\s+DATA\\s+)?TYPE\\s+(.*)$")) {
        raise(lock, kAccessExclusive);
        static const QRegularExpression coercible(QStringLiteral("^(?:text|varchar|character varying|citext)\\b(?!\\s*\\()"),
                                                  QRegularExpression::CaseInsensitiveOption);
        if (coercible.match(m.captured(2)).hasMatch()) {
            addNote(lock, QStringLiteral("no rewrite only if the old type is binary-coercible (varchar to text)"));
        } else {
            lock.rewrite = true;
            addNote(lock, QStringLiteral("a new type rewrites the table and its indexes"));
        }
    } else if (is("^ALTER\\s+(?:COLUMN\\s+)?IDENT\\s+SET\\s+NOT\\s+NULL\\b")) {
        raise(lock, kAccessExclusive);
        lock.scan = true;
        addNote(lock, QStringLiteral("SET NOT NULL reads every row unless a valid CHECK proves it"));
    } else if (is("^ALTER\\s+(?:COLUMN\\s+)?IDENT\\s+(?:SET\\s+STATISTICS|SET\\s*\\(|RESET\\s*\\()")) {
        raise(lock, kShareUpdateExclusive);
    } else if (is("^SET\\s+(?:TABLESPACE|LOGGED|UNLOGGED|ACCESS\\s+METHOD)\\b")) {
        raise(lock, kAccessExclusive);
        lock.rewrite = true;
    } else if (is("^(?:SET|RESET)\\s*\\(|^CLUSTER\\s+ON\\b|^SET\\s+WITHOUT\\s+CLUSTER\\b")) {
        raise(lock, kShareUpdateExclusive);
    } else if (is("^(?:ENABLE|DISABLE)\\s+(?:TRIGGER|RULE)\\b")) {
        raise(lock, kShareRowExclusive);
    } else {
        // DROP COLUMN/CONSTRAINT, SET/DROP DEFAULT, DROP NOT NULL and the rest.
        raise(lock, kAccessExclusive);
    }
}

StatementLock LockAnalyzer::sqlite(const QString &sql)
{
    StatementLock lock;
    lock.mode = kSqliteWrite;
    QRegularExpressionMatch m;
    const auto is = [&](const char *re) {
        m = pattern(re).match(sql);
        return m.hasMatch();
    };
    if (is("^(?:SELECT|PRAGMA|EXPLAIN)\\b")) {
        lock.mode.clear();
    } else if (is("^CREATE\\s+(?:TEMP\\w*\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?IDENT")) {
        lock.createdTable = unqualified(m.captured(1));
    } else if (is("^CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?IDENT\\s+ON\\s+IDENT")) {
        lock.tables = {unqualified(m.captured(2))};
        lock.scan = true;
        lock.note = QStringLiteral("writers wait while the index is built");
    } else if (is("^ALTER\\s+TABLE\\s+IDENT\\s+ADD\\s+(?:COLUMN\\s+)?IDENT\\s+(.*)$")) {
        lock.tables = {unqualified(m.captured(1))};
        const QString definition = m.captured(3);
        static const QRegularExpression key(QStringLiteral("\\b(?:PRIMARY\\s+KEY|UNIQUE)\\b"), QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression defaultValue(QStringLiteral("\\bDEFAULT\\s+(\\(|CURRENT_TIME\\b|CURRENT_DATE\\b|CURRENT_TIMESTAMP\\b|NULL\\b)?"),
                                                     QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression stored(QStringLiteral("\\bSTORED\\b"), QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch d = defaultValue.match(definition);
        const bool nonNullDefault = d.hasMatch() && d.captured(1).compare(QLatin1String("NULL"), Qt::CaseInsensitive) != 0;
        if (key.match(definition).hasMatch())
            lock.unsupported = QStringLiteral("Cannot add a PRIMARY KEY or UNIQUE column");
        else if (d.hasMatch() && !d.captured(1).isEmpty() && d.captured(1).compare(QLatin1String("NULL"), Qt::CaseInsensitive) != 0)
            lock.unsupported = QStringLiteral("Cannot add a column with non-constant default");
        else if (definition.contains(QLatin1String("NOT NULL"), Qt::CaseInsensitive) && !nonNullDefault)
            lock.unsupported = QStringLiteral("Cannot add a NOT NULL column with default value NULL");
        else if (definition.contains(QLatin1String("REFERENCES"), Qt::CaseInsensitive) && nonNullDefault)
            lock.unsupported = QStringLiteral("Cannot add a REFERENCES column with non-NULL default value");
        else if (stored.match(definition).hasMatch())
            lock.unsupported = QStringLiteral("cannot add a STORED column");
        if (definition.contains(QLatin1String("REFERENCES"), Qt::CaseInsensitive))
            addNote(lock, QStringLiteral("existing rows are not checked against the new foreign key"));
    } else if (is("^ALTER\\s+TABLE\\s+IDENT\\s+DROP\\s+(?:COLUMN\\s+)?IDENT")) {
        lock.tables = {unqualified(m.captured(1))};
        lock.rewrite = true;
        lock.note = QStringLiteral("SQLite rewrites the table; it fails if the column is indexed, a key or used by a view");
    } else if (is("^(?:ALTER|DROP)\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?IDENT")) {
        lock.tables = {unqualified(m.captured(1))};
    }
    return lock;
}

} // namespace ectowb::migration
