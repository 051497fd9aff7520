#include "databaseurl.h"

#include "urloptions.h"

#include <QFileInfo>
#include <QStringList>

#include <optional>

namespace ectowb::db {

namespace {

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Strict: "%zz" or a trailing "%" is an error, not silently kept, so a mistyped
// password is reported instead of sent.
std::optional<QString> percentDecode(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] != '%') {
            out.append(bytes[i]);
            continue;
        }
        if (i + 2 >= bytes.size())
            return std::nullopt;
        const int high = hexValue(bytes[i + 1]);
        const int low = hexValue(bytes[i + 2]);
        if (high < 0 || low < 0)
            return std::nullopt;
        const int value = high * 16 + low;
        out.append(static_cast<char>(value));
        i += 2;
    }
    return QString::fromUtf8(out);
}

std::optional<int> parsePort(const QString &text)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    for (const QChar c : text) {
        if (!c.isDigit())
            return std::nullopt;
    }
    if (!ok || port < 1 || port > 65535)
        return std::nullopt;
    return port;
}

bool looksLikeSqliteFile(const QString &path)
{
    static const QStringList suffixes = {QStringLiteral(".db"), QStringLiteral(".sqlite"), QStringLiteral(".sqlite3")};
    for (const QString &suffix : suffixes) {
        if (path.endsWith(suffix, Qt::CaseInsensitive))
            return true;
    }
    return QFileInfo(path).isFile();
}

Error invalid(const QString &why)
{
    return Error{QStringLiteral("invalid database URL: ") + why};
}

// key=value&key=value after `?`, each part percent-decoded strictly.
std::optional<Error> applyQuery(ConnectionSettings &settings, const QString &query)
{
    for (const QString &pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const auto key = percentDecode(eq >= 0 ? pair.left(eq) : pair);
        const auto value = percentDecode(eq >= 0 ? pair.mid(eq + 1) : QString());
        if (!key || !value)
            return invalid(QStringLiteral("bad percent-encoding in the option \"%1\"").arg(pair));
        if (auto error = UrlOptions::apply(settings, *key, *value))
            return invalid(error->message);
    }
    return std::nullopt;
}

} // namespace

Result<ConnectionSettings> DatabaseUrl::parse(const QString &input, const QProcessEnvironment &env)
{
    const QString url = input.trimmed();
    if (hasControlCharacters(url))
        return invalid(QStringLiteral("it contains control characters"));
    if (url.isEmpty())
        return parsePostgres(QString(), env);

    const qsizetype colon = url.indexOf(QLatin1Char(':'));
    // "C:/x.db" has a one-letter "scheme": that is a Windows drive, not a URL.
    const QString scheme = colon > 1 ? url.left(colon).toLower() : QString();
    const QString rest = url.mid(colon + 1);
    if (scheme == QLatin1String("postgres") || scheme == QLatin1String("postgresql") || scheme == QLatin1String("ecto"))
        return parsePostgres(rest, env);
    if (scheme == QLatin1String("sqlite") || scheme == QLatin1String("sqlite3") || scheme == QLatin1String("file"))
        return parseSqlite(rest);
    if (!scheme.isEmpty() && rest.startsWith(QLatin1String("//")))
        return invalid(QStringLiteral("unsupported scheme \"%1\" (use postgres://, ecto:// or sqlite:)").arg(scheme));
    if (looksLikeSqliteFile(url))
        return parseSqlite(url);
    return invalid(QStringLiteral("\"%1\" is neither a postgres:// or ecto:// URL nor a SQLite file (sqlite:PATH, *.db, *.sqlite, *.sqlite3)").arg(url));
}

Result<ConnectionSettings> DatabaseUrl::parseSqlite(const QString &rest)
{
    QString path = rest;
    QString query;
    const qsizetype mark = path.indexOf(QLatin1Char('?'));
    if (mark >= 0) {
        query = path.mid(mark + 1);
        path.truncate(mark);
    }
    if (path.startsWith(QLatin1String("//"))) {
        // URL form: sqlite:///abs/path or sqlite://relative/path, percent-encoded.
        const auto decoded = percentDecode(path.mid(2));
        if (!decoded)
            return invalid(QStringLiteral("bad percent-encoding in the SQLite path"));
        path = *decoded;
    }
    ConnectionSettings settings;
    settings.dialect = Dialect::Sqlite;
    // SQLite's URI options (mode, cache, immutable): honoured or refused, never dropped.
    if (auto error = applyQuery(settings, query))
        return *error;
    if (path.isEmpty() && settings.sqliteParameter(QStringLiteral("mode")) == u"memory")
        path = QStringLiteral(":memory:");
    if (path.isEmpty())
        return invalid(QStringLiteral("no SQLite file path"));
    settings.database = path;
    return settings;
}

Result<ConnectionSettings> DatabaseUrl::parsePostgres(const QString &rest, const QProcessEnvironment &env)
{
    auto parsed = parsePostgresUrl(rest);
    if (!parsed)
        return parsed;
    ConnectionSettings settings = parsed.value();
    fillFromEnvironment(settings, env);
    if (settings.port < 1 || settings.port > 65535)
        return invalid(QStringLiteral("PGPORT is not a number from 1 to 65535"));
    return settings;
}

Result<ConnectionSettings> DatabaseUrl::parsePostgresUrl(const QString &rest)
{
    ConnectionSettings settings;
    settings.dialect = Dialect::Postgres;
    if (!rest.isEmpty()) {
        if (!rest.startsWith(QLatin1String("//")))
            return invalid(QStringLiteral("expected // after the scheme"));
        QString text = rest.mid(2);
        const qsizetype hash = text.indexOf(QLatin1Char('#'));
        if (hash >= 0)
            text.truncate(hash);
        const qsizetype query = text.indexOf(QLatin1Char('?'));
        if (query >= 0) {
            // sslmode, ssl=true, connect_timeout...: honoured or refused, never dropped.
            if (auto error = applyQuery(settings, text.mid(query + 1)))
                return *error;
            text.truncate(query);
        }
        const qsizetype slash = text.indexOf(QLatin1Char('/'));
        QString authority = slash >= 0 ? text.left(slash) : text;
        const QString path = slash >= 0 ? text.mid(slash + 1) : QString();

        const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
        if (at >= 0) {
            const QString userInfo = authority.left(at);
            authority = authority.mid(at + 1);
            const qsizetype sep = userInfo.indexOf(QLatin1Char(':'));
            const auto user = percentDecode(sep >= 0 ? userInfo.left(sep) : userInfo);
            const auto password = percentDecode(sep >= 0 ? userInfo.mid(sep + 1) : QString());
            if (!user || !password)
                return invalid(QStringLiteral("bad percent-encoding in the user name or password"));
            settings.username = *user;
            settings.password = *password;
        }

        QString host = authority;
        QString portText;
        if (host.startsWith(QLatin1Char('['))) { // [::1]:5432
            const qsizetype close = host.indexOf(QLatin1Char(']'));
            if (close < 0)
                return invalid(QStringLiteral("unterminated [IPv6] host"));
            portText = host.mid(close + 1);
            host = host.mid(1, close - 1);
            if (!portText.isEmpty() && !portText.startsWith(QLatin1Char(':')))
                return invalid(QStringLiteral("unexpected text after the [IPv6] host"));
            portText = portText.mid(1);
        } else {
            const qsizetype portSep = host.lastIndexOf(QLatin1Char(':'));
            if (portSep >= 0) {
                portText = host.mid(portSep + 1);
                host.truncate(portSep);
            }
        }
        if (!portText.isEmpty()) {
            const auto port = parsePort(portText);
            if (!port)
                return invalid(QStringLiteral("port \"%1\" is not a number from 1 to 65535").arg(portText));
            settings.port = *port;
        }
        const auto decodedHost = percentDecode(host);
        if (!decodedHost || decodedHost->contains(QLatin1Char(' ')))
            return invalid(QStringLiteral("bad host name \"%1\"").arg(host));
        settings.hostname = *decodedHost;

        const auto database = percentDecode(path);
        if (!database)
            return invalid(QStringLiteral("bad percent-encoding in the database name"));
        if (database->contains(QLatin1Char('/')))
            return invalid(QStringLiteral("the database name \"%1\" contains a slash").arg(*database));
        settings.database = *database;
    }
    return settings;
}

void DatabaseUrl::fillFromEnvironment(ConnectionSettings &settings, const QProcessEnvironment &env)
{
    auto fill = [&env](QString &field, const char *name) {
        if (field.isEmpty())
            field = env.value(QString::fromLatin1(name));
    };
    fill(settings.hostname, "PGHOST");
    fill(settings.username, "PGUSER");
    fill(settings.password, "PGPASSWORD");
    fill(settings.database, "PGDATABASE");
    if (settings.hostname.isEmpty())
        settings.hostname = QStringLiteral("localhost");
    if (settings.username.isEmpty())
        settings.username = env.value(QStringLiteral("USER"));
    if (settings.database.isEmpty())
        settings.database = settings.username; // libpq's default, too
    if (settings.port == 0) {
        const QString pgPort = env.value(QStringLiteral("PGPORT"));
        if (pgPort.isEmpty())
            settings.port = 5432;
        else
            settings.port = parsePort(pgPort).value_or(-1);
    }
}

Result<ConnectionSettings> DatabaseUrl::fromRepoConfig(const project::RepoConfig &config, const QProcessEnvironment &env)
{
    ConnectionSettings settings;
    settings.dialect = config.isSqlite() ? Dialect::Sqlite : Dialect::Postgres;
    if (!config.url.isEmpty()) {
        // The parts of the URL first; the separate keys only fill what it leaves out.
        auto parsed = parse(config.url, QProcessEnvironment());
        if (!parsed)
            return Error{QStringLiteral("the Repo's url: ") + parsed.error()};
        if (parsed->dialect == Dialect::Sqlite)
            return parsed;
        const qsizetype colon = config.url.indexOf(QLatin1Char(':'));
        auto url = parsePostgresUrl(colon >= 0 ? config.url.mid(colon + 1) : QString());
        if (!url)
            return Error{QStringLiteral("the Repo's url: ") + url.error()};
        settings = url.value();
    }
    if (settings.dialect == Dialect::Sqlite) {
        settings.database = config.database;
        return settings;
    }
    auto fill = [](QString &field, const QString &value) {
        if (field.isEmpty())
            field = value;
    };
    fill(settings.database, config.database);
    fill(settings.hostname, config.hostname);
    fill(settings.username, config.username);
    fill(settings.password, config.password);
    if (settings.port == 0)
        settings.port = config.port;
    // Ecto's ssl:/ssl_opts:/parameters: reach the connection as libpq options.
    if (auto error = UrlOptions::applyEctoSsl(settings, config.ssl, config.sslOptions))
        return Error{error->message};
    if (auto error = UrlOptions::applyParameters(settings, config.parameters))
        return Error{error->message};
    fillFromEnvironment(settings, env);
    if (settings.port < 1 || settings.port > 65535)
        settings.port = 5432;
    return settings;
}

} // namespace ectowb::db
