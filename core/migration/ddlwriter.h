#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ectowb::migration {

// Scratch state for rendering one command: quotes identifiers and keeps the first
// error (a name Ecto refuses, an option the adapter rejects), so renderers can build
// their text in one pass and check failed() once at the end.
class DdlWriter
{
public:
    // "name", or an error when the name contains a double quote (Ecto refuses those).
    QString name(const QString &identifier);
    // "a","b" (Ecto's quote_names: no space after the comma).
    QString names(const QStringList &identifiers);
    // "prefix"."name" or "name".
    QString table(const QString &prefix, const QString &identifier);

    // 'text' with single quotes doubled.
    static QString literal(const QString &text);

    void fail(const QString &message) { fail(Error{message}); }
    void fail(const Error &error);
    bool failed() const { return m_error.has_value(); }
    QString error() const { return m_error ? m_error->text() : QString(); }
    Error failure() const { return m_error.value_or(Error()); }
    // What a command's statements come to: them, or the first failure met writing them.
    Result<QStringList> result(QStringList statements) const
    {
        if (failed())
            return failure();
        return statements;
    }

private:
    std::optional<Error> m_error;
};

} // namespace ectowb::migration
