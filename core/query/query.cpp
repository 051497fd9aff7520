#include "query.h"

namespace ectowb::query {

int Query::aliasIndex(const QString &name) const
{
    for (size_t i = 0; i < aliases.size(); ++i) {
        if (aliases[i] == name)
            return int(i);
    }
    return -1;
}

} // namespace ectowb::query
