#pragma once

#include "connectionsettings.h"
#include "common/result.h"

#include <QString>

#include <optional>

namespace ectowb::db {

// Whether a statement writes, and the one refusal every write path (the query
// runner, changeset persistence, the migrator) asks for before it sends anything to a
// database opened read-only. The reading of the text is conservative: only
// statements known to read (SELECT, VALUES, TABLE, SHOW, EXPLAIN without ANALYZE, a
// WITH that modifies nothing, PRAGMA queries, transaction control, SET) pass;
// anything else counts as a write. What the text cannot tell (a SELECT calling a
// function that writes) is refused by the database itself, which is opened
// read-only too (see Connection).
class WriteCheck
{
public:
    static bool writes(const QString &sql);

    // Why the settings are read-only, in the words the user gave ("mode=ro",
    // "immutable=1", "read-only"); empty when they are not.
    static QString readOnlyReason(const ConnectionSettings &settings);

    // An error naming the database and why it is read-only when `sql` writes to it.
    static std::optional<Error> refuseStatement(const ConnectionSettings &settings, const QString &sql);
    // The same for a whole operation that writes ("migrations up", "Save"), refused
    // up front whatever its statements are.
    static std::optional<Error> refuseOperation(const ConnectionSettings &settings, const QString &operation);

private:
    static bool statementWrites(const QStringList &words, bool hasAssignment);
};

} // namespace ectowb::db
