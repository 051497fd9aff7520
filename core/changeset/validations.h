#pragma once

#include "changeset.h"
#include "common/result.h"

#include <QRegularExpression>

namespace ectowb::changeset {

using value::Term;

// The validate_* functions of Ecto.Changeset 3.13, one each, with Ecto's default
// messages, keys and error order. `options` is the keyword list the call gave.
// An Error means Ecto would raise (a bad option, a field the schema lacks).
class Validations
{
public:
    static Result<Changeset> required(Changeset cs, const QStringList &fields, const Term &options);
    static Result<Changeset> format(Changeset cs, const QString &field, const Term &regex, const Term &options);
    static Result<Changeset> length(Changeset cs, const QString &field, const Term &options);
    static Result<Changeset> number(Changeset cs, const QString &field, const Term &options);
    // kind: "inclusion", "exclusion" or "subset"
    static Result<Changeset> membership(Changeset cs, const QString &kind, const QString &field, const Term &values,
                                        const Term &options);
    static Result<Changeset> acceptance(Changeset cs, const QString &field, const Term &options);
    static Result<Changeset> confirmation(Changeset cs, const QString &field, const Term &options);
    // validate_change/3,4 once the validator ran: its returned errors are added
    // (the validator only runs when the field has a non-nil change).
    static Changeset addCustomErrors(Changeset cs, const QString &field, const QString &metadata,
                                     std::vector<ChangesetError> errors);

    // Elixir's ~r with modifiers as PCRE (QRegularExpression is PCRE2 too, so `$`
    // still matches before a final newline); compiled once per pattern.
    static QRegularExpression compile(const Term &regex);
    // String.length/1: extended grapheme clusters.
    static int graphemeCount(const QString &text);
};

} // namespace ectowb::changeset
