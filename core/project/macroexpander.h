#pragma once

#include "elixirmodule.h"

#include <QHash>

#include <optional>
#include <vector>

namespace ectowb::project {

// Expands the macros a project defines for its schemas by splicing their `quote`
// blocks: `use MyApp.Schema` (a `__using__` wrapper, Phoenix's
// `apply(__MODULE__, which, [])` style included) and small field-adding macros such as
// `audit_fields()`. Only quote bodies are expanded; anything computed at compile time
// is left to the caller to report as unresolved.
class MacroExpander
{
public:
    explicit MacroExpander(const QHash<QString, ElixirModule> *modules) : m_modules(modules) {}

    std::optional<std::vector<elixir::Ast>> expand(const elixir::Ast &call, const AliasScope &scope) const;

private:
    std::optional<std::vector<elixir::Ast>> expandUse(const elixir::Ast &call, const AliasScope &scope) const;
    std::optional<std::vector<elixir::Ast>> expandMacro(const elixir::Ast &call) const;
    std::optional<std::vector<elixir::Ast>> quoteOf(const elixir::Ast &body, const ElixirModule &owner,
                                                    const QHash<QString, elixir::Ast> &bindings) const;

    const QHash<QString, ElixirModule> *m_modules;
};

} // namespace ectowb::project
