#include "adaptererror.h"
#include "db/drivererror.h"

#include <QRegularExpression>

namespace ectowb::changeset {

namespace {

// ecto_sqlite3's constraint_name_hack: "users.email" -> users_email_index,
// "a.b, a.c" -> a_b_c_index.
QString sqliteIndexName(const QString &columns)
{
    const QStringList parts = columns.split(QStringLiteral(", "));
    QStringList out;
    for (int i = 0; i < parts.size(); ++i)
        out << (i == 0 ? QString(parts[i]).replace(QLatin1Char('.'), QLatin1Char('_')) : parts[i].section(QLatin1Char('.'), -1));
    out << QStringLiteral("index");
    return out.join(QLatin1Char('_'));
}

std::vector<ConstraintViolation> sqliteConstraints(const QString &message)
{
    static const QString unique = QStringLiteral("UNIQUE constraint failed: ");
    static const QString check = QStringLiteral("CHECK constraint failed: ");
    if (message.startsWith(unique + QStringLiteral("index "))) {
        QString name = message.mid(unique.size() + 6);
        while (name.startsWith(QLatin1Char('\'')))
            name.remove(0, 1);
        while (name.endsWith(QLatin1Char('\'')))
            name.chop(1);
        return {{QStringLiteral("unique"), name}};
    }
    if (message.startsWith(unique))
        return {{QStringLiteral("unique"), sqliteIndexName(message.mid(unique.size()))}};
    if (message == QLatin1String("FOREIGN KEY constraint failed"))
        return {{QStringLiteral("foreign_key"), std::nullopt}};
    if (message.startsWith(check))
        return {{QStringLiteral("check"), message.mid(check.size())}};
    return {};
}

QString stripQuotes(QString text)
{
    text = text.trimmed();
    if (text.size() >= 2 && text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"')))
        return text.mid(1, text.size() - 2);
    return text;
}

// The primary message: `duplicate key value violates unique constraint "users_email_index"`.
std::optional<QString> postgresName(const QString &message, const QString &marker)
{
    const qsizetype at = message.indexOf(marker);
    if (at < 0)
        return std::nullopt;
    QString rest = message.mid(at + marker.size());
    const qsizetype onTable = rest.indexOf(QStringLiteral(" on table "));
    if (onTable >= 0)
        rest = rest.left(onTable);
    return stripQuotes(rest);
}

struct PostgresCode
{
    const char *sqlstate;
    const char *condition;
    const char *type;   // the constraint type Ecto maps it to, or nullptr
    const char *marker; // where the name follows in the English message
};

const PostgresCode postgresCodes[] = {
    {"23505", "unique_violation", "unique", " unique constraint "},
    {"23503", "foreign_key_violation", "foreign_key", " foreign key constraint "},
    {"23P01", "exclusion_violation", "exclusion", " exclusion constraint "},
    {"23514", "check_violation", "check", " check constraint "},
    {"23502", "not_null_violation", nullptr, nullptr},
    {"23001", "restrict_violation", nullptr, nullptr},
    {"22001", "string_data_right_truncation", nullptr, nullptr},
    {"22P02", "invalid_text_representation", nullptr, nullptr},
    {"22003", "numeric_value_out_of_range", nullptr, nullptr},
    {"42P01", "undefined_table", nullptr, nullptr},
    {"42703", "undefined_column", nullptr, nullptr},
};

const PostgresCode *postgresCode(const QString &sqlstate)
{
    for (const PostgresCode &c : postgresCodes) {
        if (sqlstate == QLatin1String(c.sqlstate))
            return &c;
    }
    return nullptr;
}

// A localized server quotes names its own way (»name«, «name»): take the last quoted word.
std::optional<QString> anyQuotedName(const QString &message)
{
    static const QRegularExpression quoted(QStringLiteral("[\"\u00bb\u00ab\u201c\u201d]([^\"\u00bb\u00ab\u201c\u201d]+)[\"\u00bb\u00ab\u201c\u201d]"));
    std::optional<QString> last;
    for (const QRegularExpressionMatch &m : quoted.globalMatch(message))
        last = m.captured(1);
    return last;
}

} // namespace

QString AdapterError::message(const QSqlError &error, db::Dialect dialect)
{
    const QString text = db::DriverError::text(error);
    if (dialect == db::Dialect::Sqlite)
        return text;
    // QPSQL: "ERROR:  <message>\nDETAIL:  ...\n(<sqlstate>)"; keep the first line's message.
    QString first = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    const qsizetype colon = first.indexOf(QStringLiteral(":  "));
    if (colon >= 0 && colon < 16)
        first = first.mid(colon + 3).trimmed();
    if (!error.nativeErrorCode().isEmpty() && first.endsWith(QLatin1Char('(') + error.nativeErrorCode() + QLatin1Char(')')))
        first.chop(error.nativeErrorCode().size() + 2);
    return first.trimmed();
}

std::vector<ConstraintViolation> AdapterError::toConstraints(const QSqlError &error, db::Dialect dialect)
{
    const QString text = message(error, dialect);
    if (dialect == db::Dialect::Sqlite)
        return sqliteConstraints(text);
    const PostgresCode *code = postgresCode(error.nativeErrorCode());
    if (!code || !code->type)
        return {};
    std::optional<QString> name = postgresName(text, QString::fromLatin1(code->marker));
    if (!name)
        name = anyQuotedName(text);
    if (!name)
        return {};
    return {{QString::fromLatin1(code->type), *name}};
}

Error AdapterError::exception(const QSqlError &error, db::Dialect dialect)
{
    const QString text = message(error, dialect);
    if (dialect == db::Dialect::Sqlite)
        return Error{text, QStringLiteral("Exqlite.Error")};
    const QString sqlstate = error.nativeErrorCode();
    const PostgresCode *code = postgresCode(sqlstate);
    const QString condition = code ? QStringLiteral(" (%1)").arg(QLatin1String(code->condition)) : QString();
    return Error{QStringLiteral("ERROR %1%2 %3").arg(sqlstate, condition, text), QStringLiteral("Postgrex.Error")};
}

} // namespace ectowb::changeset
