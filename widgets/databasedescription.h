#pragma once

#include "db/connectionsettings.h"

#include <QCoreApplication>

namespace ectowb::widgets {

// A database as the views name it: "SQLite ~/.local/share/.../blog_dev.db",
// "PostgreSQL postgres://user@host:5432/db" (never with the password).
class DatabaseDescription
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseDescription)
public:
    static QString describe(const db::ConnectionSettings &settings);
    // A path under the home folder as "~/...", which users recognise and which fits.
    static QString homeAbbreviated(const QString &path);
};

} // namespace ectowb::widgets
