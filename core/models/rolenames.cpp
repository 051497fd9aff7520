#include "rolenames.h"

namespace ectowb::models {

QHash<int, QByteArray> withRoleNames(QHash<int, QByteArray> base, std::initializer_list<std::pair<int, const char *>> roles)
{
    for (const auto &[role, name] : roles)
        base.insert(role, QByteArray(name));
    return base;
}

} // namespace ectowb::models
