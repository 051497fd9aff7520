#include "dependencymodules.h"

namespace ectowb::project {

DependencyModules::DependencyModules(QHash<QString, ElixirModule> modules)
    : m_modules(std::move(modules))
{
}

std::optional<ElixirModule> DependencyModules::find(const QString &name) const
{
    const auto it = m_modules.constFind(name);
    if (it == m_modules.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace ectowb::project
