#pragma once

#include <QString>

namespace ectowb::elixir {

// Renames a variable in a piece of Elixir code, reading it as the tokenizer does:
// only the variable's own occurrences change, never a field of the same name
// (`x.p`), a keyword key (`p:`), a call (`p(1)`), a module attribute (`@p`), a
// pinned outer variable (`^p`), or text inside a string. Code inside `#{}` is code.
class VariableRenamer
{
public:
    static QString rename(const QString &code, const QString &before, const QString &after);
};

} // namespace ectowb::elixir
