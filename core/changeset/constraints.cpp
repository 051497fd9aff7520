#include "constraints.h"

namespace ectowb::changeset {

using value::Term;

namespace {

QString optionText(const Term &options, QStringView key, const QString &fallback)
{
    const std::optional<Term> v = options.get(key);
    return v && (v->isString() || (v->isAtom() && !v->isNil())) ? v->text() : fallback;
}

struct Defaults
{
    QString type;
    QString name;
    QString message;
    QString errorType;
};

Result<Defaults> defaultsFor(const Changeset &cs, const QString &kind, const QStringList &fields)
{
    const ChangesetSchema &schema = *cs.schema;
    const QString &first = fields.first();
    if (kind == QLatin1String("unique"))
        return Defaults{kind, schema.source + QLatin1Char('_') + fields.join(QLatin1Char('_')) + QStringLiteral("_index"),
                        QStringLiteral("has already been taken"), kind};
    if (kind == QLatin1String("foreign_key"))
        return Defaults{kind, schema.source + QLatin1Char('_') + first + QStringLiteral("_fkey"),
                        QStringLiteral("does not exist"), QStringLiteral("foreign")};
    if (kind == QLatin1String("check"))
        return Defaults{kind, QString(), QStringLiteral("is invalid"), kind};
    if (kind == QLatin1String("exclusion"))
        return Defaults{kind, schema.source + QLatin1Char('_') + first + QStringLiteral("_exclusion"),
                        QStringLiteral("violates an exclusion constraint"), kind};
    const schema::Association *assoc = schema.association(first);
    if (!assoc)
        return Error{QStringLiteral("cannot add constraint to changeset because association `%1` "
                                    "does not exist").arg(first), QStringLiteral("ArgumentError")};
    if (kind == QLatin1String("assoc")) {
        if (assoc->kind != schema::Association::Kind::BelongsTo)
            return Error{QStringLiteral("assoc_constraint can only be added to belongs to associations"), QStringLiteral("ArgumentError")};
        return Defaults{QStringLiteral("foreign_key"), schema.source + QLatin1Char('_') + assoc->ownerKey + QStringLiteral("_fkey"),
                        QStringLiteral("does not exist"), kind};
    }
    if (assoc->kind != schema::Association::Kind::HasMany && assoc->kind != schema::Association::Kind::HasOne)
        return Error{QStringLiteral("no_assoc_constraint can only be added to has one/many associations"), QStringLiteral("ArgumentError")};
    const QString related = schema.relatedSources.value(assoc->related);
    const QString message = assoc->kind == schema::Association::Kind::HasMany
                                ? QStringLiteral("are still associated with this entry")
                                : QStringLiteral("is still associated with this entry");
    return Defaults{QStringLiteral("foreign_key"), related + QLatin1Char('_') + assoc->relatedKey + QStringLiteral("_fkey"),
                    message, kind};
}

} // namespace

Result<Changeset> Constraints::add(Changeset cs, const QString &kind, const QStringList &fields, const Term &options)
{
    if (fields.isEmpty())
        return Error{QStringLiteral("a constraint needs a field"), QStringLiteral("ArgumentError")};
    Result<Defaults> defaults = defaultsFor(cs, kind, fields);
    if (!defaults)
        return defaults.failure();
    ChangesetConstraint c;
    c.type = defaults->type;
    c.constraint = optionText(options, u"name", defaults->name);
    if (c.constraint.isEmpty())
        return Error{QStringLiteral("supply the name of the check constraint via the :name option"), QStringLiteral("ArgumentError")};
    c.match = optionText(options, u"match", QStringLiteral("exact"));
    c.field = optionText(options, u"error_key", fields.first());
    c.errorMessage = optionText(options, u"message", defaults->message);
    c.errorType = defaults->errorType;
    cs.constraints.insert(cs.constraints.begin(), c);
    return cs;
}

} // namespace ectowb::changeset
