#pragma once

#include <QList>
#include <QString>

namespace ectowb::sql {

// A stretch of text, in UTF-16 offsets.
struct TextRange
{
    int start = 0;
    int length = 0;

    friend bool operator==(const TextRange &, const TextRange &) = default;
};

// What one step of a query added to its SQL: the composer's step-through marks the
// tokens of `after` that `before` did not have (a longest common subsequence of
// tokens, so "WHERE (...)" stands out and the unchanged SELECT list does not).
// Whitespace and the numbering of placeholders do not count as changes.
class SqlDiff
{
public:
    static QList<TextRange> added(const QString &before, const QString &after);
};

} // namespace ectowb::sql
