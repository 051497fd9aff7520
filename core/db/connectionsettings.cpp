#include "connectionsettings.h"

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

QString ConnectionSettings::redacted() const
{
    if (dialect == Dialect::Sqlite)
        return QStringLiteral("sqlite:") + database;

    // Built by hand rather than with QUrl so that an odd user name still prints as typed.
    QString text = QStringLiteral("postgres://");
    if (!username.isEmpty())
        text += username + QLatin1Char('@');
    text += hostname.isEmpty() ? QStringLiteral("localhost") : hostname;
    if (port > 0)
        text += QLatin1Char(':') + QString::number(port);
    text += QLatin1Char('/') + database;
    return text;
}

} // namespace ectowb::db
