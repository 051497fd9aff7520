#pragma once

#include "changeset.h"

#include <QList>

namespace ectowb::changeset {

// One input of the preview's form: a param the changeset function reads.
struct FormField
{
    enum class Kind : quint8 {
        Cast,         // a field given to cast/4: typed as the schema declares it
        Confirmation, // "<field>_confirmation", read raw by validate_confirmation
        Acceptance,   // a param validate_acceptance reads without casting it
    };
    QString name; // the param key
    schema::EctoType type;
    Kind kind = Kind::Cast;
    bool required = false; // given to validate_required
    bool secret = false;   // shown masked: a password, or redact: true
    QString confirms;      // Confirmation: the field it must match
};

// The form a changeset function asks for, read off a probe run of it (usually with
// empty params): the fields it casts, in cast order, each followed by its
// confirmation param, then the params of acceptance checks.
class ChangesetForm
{
public:
    static QList<FormField> fields(const Changeset &probe);
    // Whether values of this field are masked: redact: true, or a name holding "password".
    static bool isSecret(const QString &name, const schema::Field *field);
};

} // namespace ectowb::changeset
