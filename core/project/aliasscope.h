#pragma once

#include "elixir/ast.h"

#include <QHash>
#include <QString>

namespace ectowb::project {

// Lexical alias environment of one point in a module, resolving names as Elixir does:
// `alias A.B`, `alias A.B, as: C`, `alias A.{B, C}`, `__MODULE__`, and the implicit
// alias a nested `defmodule` creates.
class AliasScope
{
public:
    void setCurrentModule(const QString &module) { m_module = module; }
    QString currentModule() const { return m_module; }

    void addAlias(const QString &shortName, const QString &fullName) { m_aliases.insert(shortName, fullName); }

    // Applies an `alias ...` call; returns false when the call is not an alias form.
    bool apply(const elixir::Ast &aliasCall);

    // The full module name an alias expression denotes (`{:__aliases__, _, [:Post]}`,
    // `__MODULE__`, `:"Elixir.Blog.Post"`), or an empty string when it is not a module.
    QString expand(const elixir::Ast &expr) const;

private:
    QString expandSegments(const QStringList &segments) const;

    QString m_module;
    QHash<QString, QString> m_aliases;
};

} // namespace ectowb::project
