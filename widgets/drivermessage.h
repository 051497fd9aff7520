#pragma once

#include <QString>

namespace ectowb::widgets {

// A database error as people should read it: the server's words without what Qt's
// PostgreSQL driver wrapped the statement in (PREPARE qpsqlpstmt_1 AS ..., its caret
// moved to match) and without the driver's own closing line.
class DriverMessage
{
public:
    static QString readable(const QString &message);
};

} // namespace ectowb::widgets
