#pragma once

#include "common/result.h"
#include "db/connectionsettings.h"

#include <QSqlError>
#include <QString>

#include <optional>
#include <vector>

namespace ectowb::changeset {

// A constraint the database reports as violated: {type, name} as the adapter's
// to_constraints/2 returns it. type: unique, foreign_key, check or exclusion; the
// name is missing where the database does not say (SQLite's foreign keys).
struct ConstraintViolation
{
    QString type;
    std::optional<QString> name;
};

// What the adapters make of a failed statement.
class AdapterError
{
public:
    // ecto_sql's Postgres adapter (by SQLSTATE; the constraint name read from the
    // message as its fallback for servers without the constraint field does, since Qt
    // exposes only the text) or ecto_sqlite3 (by the message: "UNIQUE constraint
    // failed: users.email" names the index users_email_index by Ecto's convention).
    static std::vector<ConstraintViolation> toConstraints(const QSqlError &error, db::Dialect dialect);
    // The exception the Repo raises for an error nothing maps: Exqlite.Error
    // "NOT NULL constraint failed: posts.title", or Postgrex.Error
    // "ERROR 23502 (not_null_violation) null value in column ...".
    static Error exception(const QSqlError &error, db::Dialect dialect);
    // The driver's message without Qt's decorations ("ERROR:  ", "(23505)").
    static QString message(const QSqlError &error, db::Dialect dialect);
};

} // namespace ectowb::changeset
