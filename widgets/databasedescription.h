#pragma once

#include "db/connectionsettings.h"

#include <QCoreApplication>
#include <QString>

namespace ectowb::widgets {

// How a database is named to the person: "SQLite ~/.local/share/.../blog_dev.db" or
// "PostgreSQL postgres://user@host:5432/db" (never with the password). One wording for
// the status bar and every view.
class DatabaseDescription
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseDescription)
public:
    static QString describe(const db::ConnectionSettings &settings);
    // "~/.local/share/..." is what users recognise, and it fits a status bar.
    static QString homeAbbreviated(const QString &path);
};

} // namespace ectowb::widgets
