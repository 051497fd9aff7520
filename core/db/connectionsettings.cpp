#include "connectionsettings.h"

#include <QUrl>

namespace ectowb::db {

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
