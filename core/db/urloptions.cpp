#include "urloptions.h"

#include <QStringList>

namespace ectowb::db {

namespace {

const QStringList &sslModes()
{
    static const QStringList modes = {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
                                      QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

// libpq keywords passed on verbatim (file paths and names).
const QStringList &passedThrough()
{
    static const QStringList keys = {QStringLiteral("sslrootcert"), QStringLiteral("sslcert"), QStringLiteral("sslkey"),
                                     QStringLiteral("sslcrl"), QStringLiteral("application_name"), QStringLiteral("options")};
    return keys;
}

// Ecto.Repo's pool and query settings: meaningful for a pool of connections, not for
// the single connections of this tool.
const QStringList &ectoPoolSettings()
{
    static const QStringList keys = {QStringLiteral("pool_size"), QStringLiteral("queue_target"), QStringLiteral("queue_interval"),
                                     QStringLiteral("idle_interval"), QStringLiteral("timeout"), QStringLiteral("pool_count")};
    return keys;
}

Error unsupported(const QString &key, const QString &dialect, const QString &supported)
{
    return Error{QStringLiteral("the %1 option \"%2\" is not supported (supported: %3)").arg(dialect, key, supported)};
}

std::optional<bool> sqliteBoolean(const QString &value)
{
    const QString v = value.toLower();
    if (v == u"1" || v == u"true" || v == u"yes" || v == u"on")
        return true;
    if (v == u"0" || v == u"false" || v == u"no" || v == u"off")
        return false;
    return std::nullopt;
}

QString libpqQuoted(const QString &value)
{
    QString out = QStringLiteral("'");
    for (const QChar c : value) {
        if (c == u'\\' || c == u'\'')
            out += u'\\';
        out += c;
    }
    return out + u'\'';
}

std::optional<Error> setSslMode(ConnectionSettings &settings, const QString &mode, const QString &from)
{
    if (!sslModes().contains(mode))
        return Error{QStringLiteral("%1: sslmode \"%2\" is not one of %3").arg(from, mode, sslModes().join(QStringLiteral(", ")))};
    const QString previous = settings.libpqOption(QStringLiteral("sslmode"));
    if (!previous.isEmpty() && previous != mode)
        return Error{QStringLiteral("%1 asks for sslmode %2, but sslmode %3 was already given").arg(from, mode, previous)};
    settings.setLibpqOption(QStringLiteral("sslmode"), mode);
    return std::nullopt;
}

} // namespace

std::optional<Error> UrlOptions::apply(ConnectionSettings &settings, const QString &key, const QString &value)
{
    return settings.dialect == Dialect::Postgres ? applyPostgres(settings, key, value) : applySqlite(settings, key, value);
}

std::optional<Error> UrlOptions::applyPostgres(ConnectionSettings &settings, const QString &key, const QString &value)
{
    // Qt's PostgreSQL driver turns every ';' of its options into a space.
    if (value.contains(QLatin1Char(';')))
        return Error{QStringLiteral("the PostgreSQL option \"%1\" contains ';', which the Qt driver cannot pass on").arg(key)};
    if (key == u"sslmode")
        return setSslMode(settings, value, QStringLiteral("the URL"));
    if (key == u"ssl") {
        if (value != u"true" && value != u"false")
            return Error{QStringLiteral("the URL option ssl must be true or false, not \"%1\"").arg(value)};
        return setSslMode(settings, value == u"true" ? QStringLiteral("require") : QStringLiteral("disable"),
                          QStringLiteral("ssl=") + value);
    }
    if (key == u"connect_timeout") {
        bool ok = false;
        const int seconds = value.toInt(&ok);
        if (!ok || seconds < 0)
            return Error{QStringLiteral("connect_timeout must be a whole number of seconds, not \"%1\"").arg(value)};
        settings.connectTimeoutSeconds = seconds;
        return std::nullopt;
    }
    if (passedThrough().contains(key)) {
        settings.setLibpqOption(key, value);
        return std::nullopt;
    }
    if (ectoPoolSettings().contains(key))
        return std::nullopt;
    return unsupported(key, QStringLiteral("PostgreSQL"),
                       QStringLiteral("sslmode, ssl, connect_timeout, ") + passedThrough().join(QStringLiteral(", ")));
}

std::optional<Error> UrlOptions::applySqlite(ConnectionSettings &settings, const QString &key, const QString &value)
{
    if (key == u"mode") {
        if (value != u"ro" && value != u"rw" && value != u"rwc" && value != u"memory")
            return Error{QStringLiteral("the SQLite option mode must be ro, rw, rwc or memory, not \"%1\"").arg(value)};
        settings.readOnly = value == u"ro";
        settings.createIfMissing = value == u"rwc";
    } else if (key == u"cache") {
        if (value != u"shared" && value != u"private")
            return Error{QStringLiteral("the SQLite option cache must be shared or private, not \"%1\"").arg(value)};
    } else if (key == u"immutable") {
        const auto on = sqliteBoolean(value);
        if (!on)
            return Error{QStringLiteral("the SQLite option immutable must be 0 or 1, not \"%1\"").arg(value)};
        // An immutable file is never written: SQLite takes no locks and would not
        // notice another writer, so the tool refuses every write itself.
        settings.readOnly = settings.readOnly || *on;
    } else {
        return unsupported(key, QStringLiteral("SQLite"), QStringLiteral("mode, cache, immutable"));
    }
    for (auto &pair : settings.sqliteUriParameters) {
        if (pair.first == key) {
            pair.second = value;
            return std::nullopt;
        }
    }
    settings.sqliteUriParameters.append({key, value});
    return std::nullopt;
}

std::optional<Error> UrlOptions::applyEctoSsl(ConnectionSettings &settings, const QString &ssl,
                                              const QList<QPair<QString, QString>> &sslOptions)
{
    if (ssl.isEmpty() && sslOptions.isEmpty())
        return std::nullopt;
    if (ssl == u"false")
        return setSslMode(settings, QStringLiteral("disable"), QStringLiteral("ssl: false"));
    if (ssl != u"true" && !ssl.isEmpty())
        return Error{QStringLiteral("the Repo's ssl: must be true, false or a keyword list, not %1").arg(ssl)};
    QString mode = QStringLiteral("require");
    for (const auto &[key, value] : sslOptions) {
        if (key == u"verify")
            mode = value == u"verify_peer" ? QStringLiteral("verify-full") : QStringLiteral("require");
        else if (key == u"cacertfile")
            settings.setLibpqOption(QStringLiteral("sslrootcert"), value);
        else if (key == u"certfile")
            settings.setLibpqOption(QStringLiteral("sslcert"), value);
        else if (key == u"keyfile")
            settings.setLibpqOption(QStringLiteral("sslkey"), value);
        else
            return Error{QStringLiteral("the Repo's ssl option %1 has no libpq equivalent (supported: verify, cacertfile, "
                                        "certfile, keyfile)")
                             .arg(key)};
    }
    // A URL's own sslmode is more specific than the Repo's ssl: true.
    if (!settings.libpqOption(QStringLiteral("sslmode")).isEmpty())
        return std::nullopt;
    return setSslMode(settings, mode, QStringLiteral("the Repo's ssl:"));
}

std::optional<Error> UrlOptions::applyParameters(ConnectionSettings &settings, const QList<QPair<QString, QString>> &parameters)
{
    QStringList options;
    for (const auto &[key, value] : parameters) {
        if (key == u"application_name") {
            settings.setLibpqOption(key, value);
            continue;
        }
        for (const QChar c : key) {
            if (!c.isLetterOrNumber() && c != u'_' && c != u'.')
                return Error{QStringLiteral("the Repo's parameters: key \"%1\" is not a setting name").arg(key)};
        }
        if (value.contains(QLatin1Char(';')))
            return Error{QStringLiteral("the Repo's parameters: %1 contains ';', which the Qt driver cannot pass on").arg(key)};
        // libpq's options: "-c name=value", spaces and backslashes escaped with a backslash.
        QString escaped;
        for (const QChar c : value) {
            if (c == u' ' || c == u'\\')
                escaped += u'\\';
            escaped += c;
        }
        options << QStringLiteral("-c %1=%2").arg(key, escaped);
    }
    if (!options.isEmpty()) {
        const QString previous = settings.libpqOption(QStringLiteral("options"));
        settings.setLibpqOption(QStringLiteral("options"),
                                (previous.isEmpty() ? QString() : previous + u' ') + options.join(u' '));
    }
    return std::nullopt;
}

QString UrlOptions::conninfo(const ConnectionSettings &settings)
{
    QStringList parts;
    for (const auto &[key, value] : settings.libpqOptions)
        parts << key + u'=' + libpqQuoted(value);
    return parts.join(u' ');
}

} // namespace ectowb::db
