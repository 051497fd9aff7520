#include "changeset.h"

#include <algorithm>

namespace ectowb::changeset {

using value::Term;

const schema::Field *ChangesetSchema::field(const QString &name) const
{
    const auto it = std::find_if(fields.begin(), fields.end(), [&](const schema::Field &f) { return f.name == name; });
    return it == fields.end() ? nullptr : &*it;
}

const schema::Association *ChangesetSchema::association(const QString &name) const
{
    const auto it = std::find_if(associations.begin(), associations.end(),
                                 [&](const schema::Association &a) { return a.name == name; });
    return it == associations.end() ? nullptr : &*it;
}

std::optional<Term> Changeset::change(const QString &field) const
{
    for (const auto &[name, value] : changes) {
        if (name == field)
            return value;
    }
    return std::nullopt;
}

Term Changeset::dataValue(const QString &field) const
{
    for (const auto &[name, value] : data) {
        if (name == field)
            return value;
    }
    return Term::nil();
}

Term Changeset::field(const QString &name) const
{
    const std::optional<Term> c = change(name);
    return c ? *c : dataValue(name);
}

void Changeset::putChange(const QString &field, const Term &value)
{
    for (auto &[name, current] : changes) {
        if (name == field) {
            current = value;
            return;
        }
    }
    changes.emplace_back(field, value);
}

void Changeset::deleteChange(const QString &field)
{
    changes.erase(std::remove_if(changes.begin(), changes.end(), [&](const auto &c) { return c.first == field; }),
                  changes.end());
}

bool Changeset::hasError(const QString &field) const
{
    return std::any_of(errors.begin(), errors.end(), [&](const ChangesetError &e) { return e.field == field; });
}

void Changeset::addErrors(std::vector<ChangesetError> newErrors)
{
    if (newErrors.empty())
        return;
    valid = false;
    newErrors.insert(newErrors.end(), errors.begin(), errors.end());
    errors = std::move(newErrors);
}

Term Changeset::changesTerm() const
{
    std::vector<Term::Pair> pairs;
    for (const auto &[name, value] : changes)
        pairs.emplace_back(Term::atom(name), value);
    return Term::map(std::move(pairs));
}

} // namespace ectowb::changeset
