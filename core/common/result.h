#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace ectowb {

// An error as a value: what Ecto, the adapter or the database would say, in its words.
struct Error
{
    QString message;
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

    QString error() const { return isOk() ? QString() : std::get<Error>(m_data).message; }

private:
    std::variant<T, Error> m_data;
};

} // namespace ectowb
