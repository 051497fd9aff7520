#include "connectionsettings.h"

#include <QStringList>
#include <QUrl>

namespace ectowb::db {

QString dialectName(Dialect dialect)
{
    return dialect == Dialect::Postgres ? QStringLiteral("postgres") : QStringLiteral("sqlite");
}

std::optional<Dialect> dialectNamed(QStringView name)
{
    if (name == u"postgres" || name == u"postgresql")
        return Dialect::Postgres;
    if (name == u"sqlite" || name == u"sqlite3")
        return Dialect::Sqlite;
    return std::nullopt;
}

QString dialectTitle(Dialect dialect)
{
    return dialect == Dialect::Postgres ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
}

namespace {
QString valueOf(const QList<QPair<QString, QString>> &pairs, const QString &key)
{
    for (const auto &pair : pairs) {
        if (pair.first == key)
            return pair.second;
    }
    return {};
}
} // namespace

ConnectionSettings ConnectionSettings::sqliteFile(const QString &path, bool createIfMissing)
{
    ConnectionSettings settings;
    settings.dialect = Dialect::Sqlite;
    settings.database = path;
    settings.createIfMissing = createIfMissing;
    return settings;
}

QString ConnectionSettings::libpqOption(const QString &key) const
{
    return valueOf(libpqOptions, key);
}

QString ConnectionSettings::sqliteParameter(const QString &key) const
{
    return valueOf(sqliteUriParameters, key);
}

void ConnectionSettings::setLibpqOption(const QString &key, const QString &value)
{
    for (auto &pair : libpqOptions) {
        if (pair.first == key) {
            pair.second = value;
            return;
        }
    }
    libpqOptions.append({key, value});
}

QString ConnectionSettings::redacted() const
{
    // The options too (no secrets there): they say how the database was opened.
    const auto &options = dialect == Dialect::Postgres ? libpqOptions : sqliteUriParameters;
    QStringList query;
    for (const auto &[key, value] : options)
        query << key + u'=' + value;
    const QString suffix = query.isEmpty() ? QString() : u'?' + query.join(u'&');
    if (dialect == Dialect::Sqlite)
        return QStringLiteral("sqlite:") + database + suffix;

    // Built by hand rather than with QUrl so that an odd user name still prints as typed.
    QString text = QStringLiteral("postgres://");
    if (!username.isEmpty())
        text += username + QLatin1Char('@');
    text += hostname.isEmpty() ? QStringLiteral("localhost") : hostname;
    if (port > 0)
        text += QLatin1Char(':') + QString::number(port);
    text += QLatin1Char('/') + database + suffix;
    return text;
}

} // namespace ectowb::db
