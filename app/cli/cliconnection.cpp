#include "cliconnection.h"

#include "db/databaseurl.h"
#include "project/projectdatabase.h"

#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace ectowb::cli {

namespace {

// Reads a line from the terminal with echo off; nothing when there is no terminal.
std::optional<QString> promptPassword(const QString &prompt)
{
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return std::nullopt;
    const int fd = fileno(tty);
    termios saved{};
    const bool terminal = tcgetattr(fd, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    std::fputs(prompt.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    char buffer[1024];
    const bool read = std::fgets(buffer, sizeof buffer, tty) != nullptr;
    if (terminal)
        tcsetattr(fd, TCSAFLUSH, &saved);
    std::fputs("\n", tty);
    std::fclose(tty);
    if (!read)
        return std::nullopt;
    QString line = QString::fromLocal8Bit(buffer);
    while (line.endsWith(u'\n') || line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

} // namespace

void addConnectionOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("Database URL: postgres://, ecto://, sqlite:PATH, with options after ? (sslmode, "
                                     "connect_timeout, application_name, options; mode, cache, immutable). "
                                     "Absent or empty: the project's Repo configuration."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("read-only"), QStringLiteral("Refuse every statement that writes.")});
    parser.addOption({{QStringLiteral("W"), QStringLiteral("password")},
                      QStringLiteral("Ask for the PostgreSQL password on the terminal (else PGPASSWORD or ~/.pgpass).")});
}

Result<db::ConnectionSettings> connectionSettings(const QCommandLineParser &parser, const project::Project *project)
{
    const QString url = parser.value(QStringLiteral("db"));
    Result<db::ConnectionSettings> settings = Error{};
    if (url.trimmed().isEmpty() && project) {
        settings = project::ProjectDatabase::settingsFor(*project);
        if (!settings)
            return Error{settings.error() % u" Pass --db URL."};
    } else {
        settings = db::DatabaseUrl::parse(url);
        if (!settings)
            return settings;
    }
    if (parser.isSet(QStringLiteral("read-only")))
        settings.value().readOnly = true;
    if (parser.isSet(QStringLiteral("password")) && settings->dialect == db::Dialect::Postgres) {
        const auto password = promptPassword(QStringLiteral("Password for %1: ").arg(settings->redacted()));
        if (!password)
            return Error{QStringLiteral("--password needs a terminal to ask on")};
        settings.value().password = *password;
    }
    return settings;
}

} // namespace ectowb::cli
