#pragma once

#include "changeset.h"
#include "common/result.h"

namespace ectowb::changeset {

using value::Term;

// Ecto.Changeset.cast/4, change/2 and put_change/3: how params and explicit
// changes become changes, Ecto 3.13's way.
class Casting
{
public:
    // A new changeset over `data` (%Module{} or a loaded row).
    static Changeset fromData(std::shared_ptr<const ChangesetSchema> schema,
                              std::vector<std::pair<QString, Term>> data);

    // Raises (an Error) where Ecto raises: params that are not a map, mixed
    // atom/string keys, a permitted field the schema does not have.
    static Result<Changeset> cast(Changeset changeset, const Term &params, const QStringList &permitted,
                                  const Term &options);
    static Result<Changeset> change(Changeset changeset, const Term &changes);
    static Result<Changeset> putChange(Changeset changeset, const QString &field, const Term &value);
    // force_change/3: the change even when it equals the data.
    static Result<Changeset> forceChange(Changeset changeset, const QString &field, const Term &value);

    // Ecto's default empty value test (Ecto.Type.empty_trimmed?/2), which depends
    // on the field's type: a :binary is empty only as "".
    static bool isEmptyTrimmed(const Term &value, const schema::EctoType &type);
    // A type module of the project (not one of Ecto's own): cast by its own cast.
    static bool isProjectType(const schema::EctoType &type);
    // A project type, or {:array, _} / {:map, _} around one: cast by ProjectTypes.
    static bool castsThroughProjectType(const schema::EctoType &type);
};

} // namespace ectowb::changeset
