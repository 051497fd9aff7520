#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ectowb::query {

// A where/having condition as the composer's form edits it: a field of a binding, an
// operator, and a literal or a pinned variable. It writes the Ecto expression and
// reads it back, so the form and the code view stay one thing. Anything richer
// (`and`, fragments, functions) is edited as code.
struct Condition
{
    QString binding;  // p
    QString field;    // title
    QString op;       // one of operators()
    QString value;    // Elixir literal (`"x"`, `10`, `[1, 2]`), or the pinned variable's name
    bool pinned = false;

    // ==, !=, <, <=, >, >=, in, not in, like, ilike, is_nil, not is_nil
    static QStringList operators();
    static bool takesValue(const QString &op);

    QString toExpression() const;
    static std::optional<Condition> fromExpression(const QString &expression);

    bool operator==(const Condition &other) const = default;
};

} // namespace ectowb::query
