#pragma once

#include <QString>

namespace ectowb::elixir {

// A syntax error is a value: where it is and what Elixir would say about it.
struct SyntaxError
{
    QString file;
    int line = 0;
    int column = 0;
    QString message;

    // "FILE:LINE:COLUMN: message", the format of `ectowb ast --check`.
    QString toString() const
    {
        return QStringLiteral("%1:%2:%3: %4").arg(file.isEmpty() ? QStringLiteral("nofile") : file)
            .arg(line).arg(column).arg(message);
    }
};

} // namespace ectowb::elixir
