#include "schema.h"

namespace ectowb::schema {

namespace {
template<typename T>
const T *findByName(const QList<T> &items, const QString &name)
{
    for (const T &item : items) {
        if (item.name == name)
            return &item;
    }
    return nullptr;
}
} // namespace

const Field *Schema::field(const QString &name) const
{
    return findByName(fields, name);
}

const Field *Schema::anyField(const QString &name) const
{
    if (const Field *f = field(name))
        return f;
    return findByName(virtualFields, name);
}

const Association *Schema::association(const QString &name) const
{
    return findByName(associations, name);
}

const Embed *Schema::embed(const QString &name) const
{
    return findByName(embeds, name);
}

} // namespace ectowb::schema
