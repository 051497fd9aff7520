#pragma once

#include <QString>

class QSqlError;

namespace ectowb::db {

// A database error as people should read it, wherever it is shown (the GUI's grids
// and plan, ectowb, a migration's log): the server's words without what Qt's
// PostgreSQL driver wrapped the statement in (PREPARE qpsqlpstmt_1 AS ..., its caret
// moved to match) and without the driver's own closing line.
class DriverError
{
public:
    // The server's text when there is one, else the driver's, made readable.
    static QString text(const QSqlError &error);
    static QString readable(const QString &message);
};

} // namespace ectowb::db
