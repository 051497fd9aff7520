#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace ectowb::project {

// How a project reaches its database: what `config/*.exs` says for its Repo, with
// DATABASE_URL and the libpq variables laid over it.
struct RepoConfig
{
    QString repo;      // Blog.Repo
    QString otpApp;    // blog
    QString adapter;   // Ecto.Adapters.Postgres | Ecto.Adapters.SQLite3
    QString database;  // a database name, or a SQLite file path
    QString hostname;
    int port = 0;
    QString username;
    QString password;
    QString url;       // `url:` or DATABASE_URL, when given
    // PostgreSQL: `ssl: true|false` (or "keyword" when ssl: is a keyword list, whose
    // pairs join ssl_opts:), and `parameters:`, as "key"/"value" text pairs.
    QString ssl;
    QList<QPair<QString, QString>> sslOptions;
    QList<QPair<QString, QString>> parameters;

    bool isSqlite() const { return adapter.endsWith(QLatin1String("SQLite3")); }
    bool isPostgres() const { return adapter.endsWith(QLatin1String("Postgres")); }
};

} // namespace ectowb::project
