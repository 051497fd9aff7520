#pragma once

#include "changeset.h"

#include <QList>

#include <functional>
#include <vector>

namespace ectowb::changeset {

using value::Term;

// One input of the preview's form: a param the changeset function reads.
struct FormField
{
    enum class Kind : quint8 {
        Cast,         // a field given to cast/4: typed as the schema declares it
        Confirmation, // "<field>_confirmation", read raw by validate_confirmation
        Acceptance,   // a param validate_acceptance reads without casting it
        Relation,     // an embed or association given to cast_embed/cast_assoc: a sub-form per row
    };
    QString name; // the param key
    schema::EctoType type;
    Kind kind = Kind::Cast;
    bool required = false; // given to validate_required
    bool secret = false;   // shown masked: a password, or redact: true
    QString confirms;      // Confirmation: the field it must match
    // Relation: embeds_many/has_many take a list of rows, embeds_one/has_one/belongs_to one.
    bool many = false;
    QString related;                // Relation: the child schema's module
    std::vector<FormField> rowFields; // Relation: the form of one row (empty when the row probe could not run)
};

// The form a changeset function asks for, read off a probe run of it (usually with
// empty params): the fields it casts, in cast order, each followed by its
// confirmation param, then the params of acceptance checks.
class ChangesetForm
{
public:
    static QList<FormField> fields(const Changeset &probe);
    // The form with its relations' rows: `run` runs the changeset function on params.
    // A relation's row form is read off a probe that sends it one empty row, nested
    // relations a level deeper each round (embeds of embeds, up to three levels).
    static QList<FormField> probe(const std::function<std::optional<Changeset>(const Term &params)> &run);
    // Params giving every relation the probe cast (and those of its rows) one empty row.
    static Term rowProbeParams(const Changeset &probe);
    // Whether values of this field are masked: redact: true, or a name holding "password".
    static bool isSecret(const QString &name, const schema::Field *field);
};

} // namespace ectowb::changeset
