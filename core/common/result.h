#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace ectowb {

// Where in a source an error happened. Line and column are 1-based; 0 means unknown.
struct SourcePosition
{
    QString file;
    int line = 0;
    int column = 0;

    bool isValid() const { return line > 0; }
    bool operator==(const SourcePosition &) const = default;
};

// An error as a value: what Ecto, the adapter or the database would say, in its words,
// the Elixir exception module it corresponds to ("Ecto.QueryError", "ArgumentError";
// empty when there is none) and where it happened. The position is never part of the
// message: whoever shows the error places it.
struct Error
{
    Error() = default;
    explicit Error(QString message, QString kind = QString(), SourcePosition position = SourcePosition())
        : message(std::move(message)), kind(std::move(kind)), position(std::move(position))
    {
    }

    QString message;
    QString kind;
    SourcePosition position;

    // This error located at `line:column`, unless it already has a position (the
    // innermost position is the most precise one).
    Error at(int line, int column) const
    {
        Error e = *this;
        if (!e.position.isValid() && line > 0) {
            e.position.line = line;
            e.position.column = column;
        }
        return e;
    }
    // This error in `file`, unless it already names one.
    Error inFile(const QString &file) const
    {
        Error e = *this;
        if (e.position.file.isEmpty())
            e.position.file = file;
        return e;
    }
    // The error as Elixir prints a raise: "** (Ecto.QueryError) message", or the
    // message alone when no exception module goes with it. Composed for display only:
    // nothing parses it back (the kind is a field).
    QString text() const { return kind.isEmpty() ? message : QStringLiteral("** (%1) %2").arg(kind, message); }
};

// A value or the reason there is none. Expected failures (Ecto refusing to reverse
// a command, an adapter rejecting an option) travel as values, never as exceptions.
template<typename T>
class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool isOk() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return isOk(); }

    const T &value() const { return std::get<T>(m_data); }
    T &value() { return std::get<T>(m_data); }
    const T &operator*() const { return value(); }
    const T *operator->() const { return &value(); }

    // The error as shown to a person (Error::text()); failure() keeps the message,
    // the kind and the position apart.
    QString error() const { return isOk() ? QString() : std::get<Error>(m_data).text(); }
    const Error &failure() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Success without a value, or the reason for failure.
template<>
class Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool isOk() const { return !m_error.has_value(); }
    explicit operator bool() const { return isOk(); }

    QString error() const { return m_error ? m_error->text() : QString(); }
    const Error &failure() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace ectowb
