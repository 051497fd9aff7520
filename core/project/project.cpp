#include "project.h"

namespace ectowb::project {

const schema::Schema *Project::schema(const QString &module) const
{
    for (const schema::Schema &s : schemas) {
        if (s.module == module)
            return &s;
    }
    return nullptr;
}

const schema::Schema *Project::findSchema(const QString &name) const
{
    if (const schema::Schema *exact = schema(name))
        return exact;
    const QString suffix = QLatin1Char('.') + name;
    const schema::Schema *found = nullptr;
    for (const schema::Schema &s : schemas) {
        if (s.module.endsWith(suffix)) {
            if (found)
                return nullptr; // two candidates: an alias would be ambiguous too
            found = &s;
        }
    }
    return found;
}

} // namespace ectowb::project
