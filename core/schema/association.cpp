#include "association.h"

namespace ectowb::schema {

QString Association::kindName(Kind kind)
{
    switch (kind) {
    case Kind::BelongsTo:
        return QStringLiteral("belongs_to");
    case Kind::HasMany:
        return QStringLiteral("has_many");
    case Kind::HasOne:
        return QStringLiteral("has_one");
    case Kind::ManyToMany:
        return QStringLiteral("many_to_many");
    case Kind::HasThrough:
        return QStringLiteral("has_through");
    }
    return QString();
}

} // namespace ectowb::schema
