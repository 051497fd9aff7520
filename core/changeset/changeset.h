#pragma once

#include "elixir/ast.h"
#include "schema/schema.h"
#include "value/term.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace ectowb::changeset {

using value::Term;

using KeywordList = std::vector<std::pair<QString, Term>>;

// One entry of changeset.errors: {field, {message, keys}}.
struct ChangesetError
{
    QString field;
    QString message; // the template, "should be at least %{count} character(s)"
    KeywordList keys;
};

// One entry of changeset.constraints.
struct ChangesetConstraint
{
    QString type;       // unique, foreign_key, check, exclusion
    QString constraint; // the database's name for it
    QString match = QStringLiteral("exact");
    QString field;
    QString errorMessage;
    QString errorType; // unique, foreign, assoc, no_assoc, check, exclusion
};

// A pipeline step the tool could not evaluate (I/O, an unknown module): shown with
// its source, never counted as passing.
struct SkippedStep
{
    QString source;
    elixir::SourcePos pos;
    QString reason;
};

// One step of a changeset function's pipeline as the runner met it, in pipeline
// order: what the preview lists to show which steps ran and which could not.
struct PipelineStep
{
    enum class Status : quint8 {
        Applied,      // an Ecto.Changeset function with literal arguments, run directly
        Interpreted,  // a private helper, a custom validator or computed arguments
        NotEvaluated, // I/O, processes, an unknown module: skipped, never passing
        Expanded,     // a helper that is itself a pipeline: its steps follow, one level deeper
        Skipped,      // in a branch of if/case the run did not take: never ran
        Raised,       // the step raised, so nothing after it ran (the function raised)
    };
    QString function; // the called name (validate_length, put_slug), or "" for an opaque body
    QString source;   // the step as written, without the piped-in changeset
    elixir::SourcePos pos;
    Status status = Status::Applied;
    QString reason;   // NotEvaluated, Raised: why
    int errorsAdded = 0;
    int depth = 0;    // 0 for the function's own steps, 1 inside a helper it pipes through
};

// Ecto.Type.cast/2 through a project's own type module (`use Ecto.Type` or
// `use Ecto.ParameterizedType`): what the runner's interpreter made of its cast.
// NotEvaluable when it could not run it (I/O, :crypto, an init/1 it cannot
// evaluate): the field then says so, and is never reported invalid on the tool's
// account.
struct CustomCastOutcome
{
    enum class Status : quint8 { Ok, Invalid, NotEvaluable };
    Status status = Status::NotEvaluable;
    Term value;
    bool unchanged = false;                     // Ok: Ecto.Type.equal?/3 of the value and the current one
    Term type;                                  // the type as the cast error's :type key holds it
    std::vector<std::pair<QString, Term>> keys; // {:error, keys}
    QString reason;                             // NotEvaluable: why
};
// `schema` is the module the field belongs to; `current` the value cast/4 compares with.
using CustomTypeCast = std::function<CustomCastOutcome(const QString &schema, const schema::Field &field,
                                                       const Term &value, const Term &current)>;

// What a changeset needs to know about its schema: the types of every field
// (virtual ones included), the struct defaults, and where the tables are for the
// default constraint names.
struct ChangesetSchema
{
    QString module;
    QString source; // table; empty for embedded schemas
    QString prefix; // @schema_prefix
    QStringList primaryKey;
    QString insertedAt; // the timestamps() fields, empty when there are none
    QString updatedAt;
    QList<schema::Field> fields;
    QHash<QString, Term> defaults;
    QList<schema::Association> associations;
    QHash<QString, QString> relatedSources; // related module -> table
    QHash<QString, QString> onReplace;      // embed name -> its `on_replace:` (absent: raise)
    // Casts through custom type modules; empty once the runner that made the schema is gone.
    std::weak_ptr<const CustomTypeCast> customCast;

    const schema::Field *field(const QString &name) const;
    const schema::Association *association(const QString &name) const;
};

// What a project type's dump/1 made of a value a Repo write sends, and the type the
// adapter then dumps it as (the module's type/0). Made where the changeset is
// evaluated, by the interpreter, before the write leaves for a worker thread.
struct CustomDump
{
    Term original; // the value as the changeset holds it
    Term value;
    schema::EctoType type;
};

// %Ecto.Changeset{} as Ecto 3.13 keeps it. Lists Ecto keeps newest first (errors,
// validations, required, constraints) are kept newest first here too.
struct Changeset
{
    std::shared_ptr<const ChangesetSchema> schema;
    std::vector<std::pair<QString, Term>> data; // the struct's fields
    Term params;                                // nil until cast; string keys
    std::vector<std::pair<QString, Term>> changes;
    std::vector<ChangesetError> errors;
    std::vector<std::pair<QString, QString>> validations; // field, validation name
    QStringList required;
    std::vector<ChangesetConstraint> constraints;
    bool valid = true;
    QString action; // "" (nil) until a Repo function sets insert, update or delete
    std::vector<SkippedStep> skipped;
    // Not part of %Ecto.Changeset{}: what the preview needs to build its form.
    std::vector<PipelineStep> steps;
    QStringList permitted; // the fields cast/4 was given, in order, once each
    QStringList relations; // the embeds and associations given to cast_embed/cast_assoc, in order, once each
    // prepare_changes/2 and optimistic_lock/3: work Ecto defers to the Repo call.
    QStringList prepared;
    // Field -> its project type's dump, for a Repo write (ChangesetRunner::dumpCustomTypes).
    QHash<QString, CustomDump> customDumps;

    std::optional<Term> change(const QString &field) const;
    Term dataValue(const QString &field) const;
    // get_field/2: the change if there is one, else the data.
    Term field(const QString &name) const;
    void putChange(const QString &field, const Term &value);
    void deleteChange(const QString &field);
    bool hasError(const QString &field) const;
    // Prepends, as Ecto does: `new_errors ++ errors`.
    void addErrors(std::vector<ChangesetError> newErrors);

    // The data as a map with atom keys (for get_field through the interpreter).
    Term changesTerm() const;
};

} // namespace ectowb::changeset
