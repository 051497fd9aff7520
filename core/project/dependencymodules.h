#pragma once

#include "elixirmodule.h"

#include <QHash>
#include <QString>

#include <optional>

namespace ectowb::project {

// The modules of a project's deps/ (after `mix deps.get`), by full name: library code
// a project's migrations call, such as Oban.Migrations.up/1. Read once with the
// project; the interpreter takes a module from here only when code first calls it,
// so a project with hundreds of dependency modules pays only for the ones it uses.
class DependencyModules
{
public:
    DependencyModules() = default;
    explicit DependencyModules(QHash<QString, ElixirModule> modules);

    std::optional<ElixirModule> find(const QString &name) const;
    bool contains(const QString &name) const { return m_modules.contains(name); }
    qsizetype size() const { return m_modules.size(); }

private:
    QHash<QString, ElixirModule> m_modules;
};

} // namespace ectowb::project
