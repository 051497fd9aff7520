#include "changesetfunctions.h"

#include "casting.h"
#include "constraints.h"
#include "validations.h"

#include <functional>

namespace ectowb::changeset {

using value::Term;

namespace {

using Args = std::vector<Term>;
using Impl = std::function<Result<Changeset>(Changeset, const Args &)>;

struct Entry
{
    const char *name;
    int minArgs; // after the changeset
    int maxArgs;
    Impl impl;
};

Term opt(const Args &args, size_t index)
{
    return index < args.size() ? args[index] : Term::list({});
}

// A field argument: an atom (List.wrap'd lists for the functions that take them).
Result<QStringList> fieldList(const Term &t)
{
    QStringList out;
    if (t.isAtom() && !t.isNil())
        return QStringList{t.text()};
    if (!t.isList())
        return Error{QStringLiteral("expected a field name (atom), got %1").arg(t.toElixirString()), QStringLiteral("ArgumentError")};
    for (const Term &e : t.elements()) {
        if (!e.isAtom())
            return Error{QStringLiteral("expected field names as atoms"), QStringLiteral("ArgumentError")};
        out << e.text();
    }
    return out;
}

Result<QString> oneField(const Term &t)
{
    if (t.isAtom() && !t.isNil())
        return t.text();
    return Error{QStringLiteral("expected a field name (atom)"), QStringLiteral("ArgumentError")};
}

template<typename F>
Impl withField(F f)
{
    return [f](Changeset cs, const Args &args) -> Result<Changeset> {
        Result<QString> field = oneField(args[0]);
        if (!field)
            return field.failure();
        return f(std::move(cs), *field, args);
    };
}

Impl membership(const char *kind)
{
    const QString k = QString::fromLatin1(kind);
    return withField([k](Changeset cs, const QString &field, const Args &args) {
        return Validations::membership(std::move(cs), k, field, args[1], opt(args, 2));
    });
}

Impl constraint(const char *kind)
{
    const QString k = QString::fromLatin1(kind);
    return [k](Changeset cs, const Args &args) -> Result<Changeset> {
        Result<QStringList> fields = fieldList(args[0]);
        if (!fields)
            return fields.failure();
        return Constraints::add(std::move(cs), k, *fields, opt(args, 1));
    };
}

const std::vector<Entry> &entries()
{
    static const std::vector<Entry> table = {
        {"cast", 2, 3,
         [](Changeset cs, const Args &args) -> Result<Changeset> {
             Result<QStringList> permitted = fieldList(args[1]);
             if (!permitted)
                 return permitted.failure();
             return Casting::cast(std::move(cs), args[0], *permitted, opt(args, 2));
         }},
        {"change", 0, 1,
         [](Changeset cs, const Args &args) { return Casting::change(std::move(cs), opt(args, 0)); }},
        {"put_change", 2, 2, withField([](Changeset cs, const QString &field, const Args &args) {
             return Casting::putChange(std::move(cs), field, args[1]);
         })},
        {"force_change", 2, 2, withField([](Changeset cs, const QString &field, const Args &args) {
             return Casting::forceChange(std::move(cs), field, args[1]);
         })},
        {"delete_change", 1, 1, withField([](Changeset cs, const QString &field, const Args &) -> Result<Changeset> {
             cs.deleteChange(field);
             return cs;
         })},
        {"validate_required", 1, 2,
         [](Changeset cs, const Args &args) -> Result<Changeset> {
             Result<QStringList> fields = fieldList(args[0]);
             if (!fields)
                 return fields.failure();
             return Validations::required(std::move(cs), *fields, opt(args, 1));
         }},
        {"validate_format", 2, 3, withField([](Changeset cs, const QString &field, const Args &args) {
             return Validations::format(std::move(cs), field, args[1], opt(args, 2));
         })},
        {"validate_length", 1, 2, withField([](Changeset cs, const QString &field, const Args &args) {
             return Validations::length(std::move(cs), field, opt(args, 1));
         })},
        {"validate_number", 1, 2, withField([](Changeset cs, const QString &field, const Args &args) {
             return Validations::number(std::move(cs), field, opt(args, 1));
         })},
        {"validate_inclusion", 2, 3, membership("inclusion")},
        {"validate_exclusion", 2, 3, membership("exclusion")},
        {"validate_subset", 2, 3, membership("subset")},
        {"validate_acceptance", 1, 2, withField([](Changeset cs, const QString &field, const Args &args) {
             return Validations::acceptance(std::move(cs), field, opt(args, 1));
         })},
        {"validate_confirmation", 1, 2, withField([](Changeset cs, const QString &field, const Args &args) {
             return Validations::confirmation(std::move(cs), field, opt(args, 1));
         })},
        {"unique_constraint", 1, 2, constraint("unique")},
        {"foreign_key_constraint", 1, 2, constraint("foreign_key")},
        {"check_constraint", 1, 2, constraint("check")},
        {"exclusion_constraint", 1, 2, constraint("exclusion")},
        {"assoc_constraint", 1, 2, constraint("assoc")},
        {"no_assoc_constraint", 1, 2, constraint("no_assoc")},
    };
    return table;
}

const Entry *find(const QString &name, int args)
{
    for (const Entry &e : entries()) {
        if (name == QLatin1String(e.name) && args >= e.minArgs && args <= e.maxArgs)
            return &e;
    }
    return nullptr;
}

} // namespace

bool ChangesetFunctions::handles(const QString &name, int arity)
{
    return find(name, arity - 1) != nullptr;
}

Result<Changeset> ChangesetFunctions::apply(const QString &name, Changeset cs, const std::vector<Term> &args)
{
    const Entry *entry = find(name, int(args.size()));
    if (!entry)
        return Error{QStringLiteral("Ecto.Changeset.%1/%2").arg(name).arg(args.size() + 1), QStringLiteral("UndefinedFunctionError")};
    return entry->impl(std::move(cs), args);
}

QStringList ChangesetFunctions::names()
{
    QStringList out;
    for (const Entry &e : entries()) {
        for (int n = e.minArgs; n <= e.maxArgs; ++n)
            out << QString::fromLatin1(e.name) + QLatin1Char('/') + QString::number(n + 1);
    }
    return out;
}

} // namespace ectowb::changeset
