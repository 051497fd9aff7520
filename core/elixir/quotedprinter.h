#pragma once

#include "ast.h"

#include <QByteArray>

namespace ectowb::elixir {

// Prints a quoted form the way Elixir 1.14's `inspect/2` does (limit: :infinity,
// printable_limit: :infinity, charlists: :as_lists) with every call's metadata
// shown as `[]`, so our reader can be compared with Code.string_to_quoted!/1 as text.
class QuotedPrinter
{
public:
    static QByteArray inspect(const Ast &ast);

    // Pieces of Elixir's inspect rules, public for tests and other printers.
    static QByteArray inspectAtom(const QString &name);
    static QByteArray inspectFloat(double value);
    static QByteArray inspectBinary(const QByteArray &bytes);
};

} // namespace ectowb::elixir
