#pragma once

#include "changeset.h"
#include "changesethost.h"
#include "interpreter/value.h"
#include "schema/field.h"

#include <QHash>

#include <functional>
#include <memory>
#include <optional>

namespace ectowb::interpreter {
class Interpreter;
}

namespace ectowb::changeset {

// The project's own type modules as Ecto.Type runs them, through the interpreter:
// an Ecto.Type (it exports type/0) by cast/1 and equal?/2; an Ecto.ParameterizedType
// (type/1) by cast/2 and equal?/3 with the params its init/1 returned for the field,
// which Ecto.Schema computes once, when the schema compiles. Whatever the interpreter
// cannot run (init/1, cast, equal?) leaves the field not evaluated: a tool's gap must
// never read as "is invalid".
class ProjectTypes
{
public:
    // `interpreter` gives the runner's interpreter, made on first use.
    ProjectTypes(std::function<interpreter::Interpreter *()> interpreter, std::shared_ptr<ChangesetHost::Context> host);

    // Ecto.Type.cast/2 of `value` for `field` of the schema module `schema`, then
    // Ecto.Type.equal?/3 of the result and `current` (what cast/4 compares a change to).
    // The field's type is a project type module, or {:array, _} / {:map, _} around
    // one (at any depth), whose elements go through the module one by one.
    CustomCastOutcome cast(const QString &schema, const schema::Field &field, const Term &value, const Term &current);
    // Ecto.Type.adapter_dump/3 of `value` for a field whose type is a project
    // Ecto.Type (or {:array, _} / {:map, _} of one): its dump/1, then its type/0 for
    // the adapter. nullopt where that cannot be evaluated here (a parameterized type, a
    // module the project lacks): the value then goes as the changeset holds it. Ecto.ChangeError where
    // dump/1 answers :error, as Repo's dump_field!/6 raises it for `action`.
    Result<std::optional<CustomDump>> dump(const QString &schema, const schema::Field &field, const Term &value,
                                           const QString &action);
    // Ecto.Type.load/2 of a value read for a field of a project Ecto.Type: its load/1.
    // nullopt where that cannot be evaluated here (as for dump); the ArgumentError of
    // Ecto.Schema.Loader where load/1 answers :error.
    Result<std::optional<Term>> load(const QString &schema, const schema::Field &field, const Term &value);

private:
    // {:parameterized, {Mod, params}} as Ecto.Schema keeps it for one field.
    struct Parameters
    {
        std::optional<interpreter::Value> params; // nullopt: init/1 could not be evaluated
        Term type;                                 // the type as cast errors report it
        QString reason;
    };
    enum class Kind : quint8 { Plain, Parameterized, Unknown };
    // The project module at the bottom of a field's type, ready to run.
    struct Leaf
    {
        QString module;
        std::optional<interpreter::Value> params; // a parameterized type's, for cast/2 and equal?/3
        Term type;                                 // Mod, or {:parameterized, {Mod, params}}
    };
    // What Ecto.Type.cast/2 answered for one value.
    struct Step
    {
        enum class Status : quint8 { Ok, Error, NotEvaluable };
        Status status = Status::NotEvaluable;
        Term value;
        std::vector<std::pair<QString, Term>> keys; // {:error, keys}
        bool custom = false;                        // {:error, keys} (even []) rather than :error
        QString reason;                             // NotEvaluable: why
    };

    Kind kindOf(const QString &module) const;
    // Ecto.Type.dump/2 and load/2 of project types and their arrays and maps.
    struct Converted
    {
        enum class Status : quint8 { Ok, Error, NotEvaluable };
        Status status = Status::NotEvaluable;
        Term value;
    };
    bool convertible(const schema::EctoType &type, const QString &function) const;
    std::optional<schema::EctoType> adapterTypeOf(const schema::EctoType &type);
    Converted convert(const schema::EctoType &type, const Term &value, const QString &function);
    std::optional<Leaf> leaf(const QString &schema, const schema::Field &field, QString *reason);
    const Parameters &parameters(const QString &schema, const schema::Field &field, const QString &module);
    Step castLeaf(const Leaf &leaf, const Term &value);
    // Ecto.Type.equal?/3: nullopt when the module's equal? could not be evaluated.
    std::optional<bool> equal(const QString &module, const std::optional<interpreter::Value> &params, const Term &a,
                              const Term &b, QString *reason);

    // The composite types around a leaf (projecttypescomposite.cpp).
    static Term typeTerm(const schema::EctoType &type, const Leaf &leaf);
    Step castValue(const schema::EctoType &type, const Leaf &leaf, const Term &value);
    Step castList(const schema::EctoType &inner, const Leaf &leaf, const Term &value);
    Step castMap(const schema::EctoType &inner, const Leaf &leaf, const Term &value);
    std::optional<bool> equalValues(const schema::EctoType &type, const Leaf &leaf, const Term &a, const Term &b,
                                    QString *reason);
    Result<interpreter::Value> call(const QString &module, const QString &function, std::vector<interpreter::Value> args);

    std::function<interpreter::Interpreter *()> m_interpreter;
    std::shared_ptr<ChangesetHost::Context> m_host;
    QHash<QString, Parameters> m_parameters; // "Schema.field" -> what init/1 gave
};

} // namespace ectowb::changeset
