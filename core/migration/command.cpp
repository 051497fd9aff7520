#include "command.h"

namespace ectowb::migration {

bool ColumnType::operator==(const ColumnType &other) const
{
    if (name != other.name || params != other.params || isReference() != other.isReference())
        return false;
    return !isReference() || *reference == *other.reference;
}

} // namespace ectowb::migration
