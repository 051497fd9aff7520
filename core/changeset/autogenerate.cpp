#include "autogenerate.h"

#include <QUuid>

namespace ectowb::changeset {

using value::ClockTime;
using value::Term;

namespace {

using Values = std::vector<std::pair<QString, Term>>;

bool has(const Values &values, const QString &field)
{
    return std::any_of(values.begin(), values.end(), [&](const auto &v) { return v.first == field; });
}

bool isUuidType(const schema::EctoType &type)
{
    return type.name() == QLatin1String("binary_id") || type.name() == QLatin1String("Ecto.UUID");
}

// autogenerate_changes/3: the fields not changed yet all get one value, computed once.
void putTimestamps(const ChangesetSchema &schema, const QStringList &fields, Values &values, const QDateTime &nowUtc)
{
    for (const QString &field : fields) {
        const schema::Field *f = field.isEmpty() ? nullptr : schema.field(field);
        if (!f || has(values, field))
            continue;
        const Term value = Autogenerate::timestamp(f->type, nowUtc);
        if (!value.isNil())
            values.emplace_back(field, value);
    }
}

} // namespace

Term Autogenerate::timestamp(const schema::EctoType &type, const QDateTime &nowUtc)
{
    const QDateTime utc = nowUtc.toUTC();
    const QTime t = utc.time();
    const QString name = type.name();
    const bool usec = name.endsWith(QLatin1String("_usec"));
    // QDateTime keeps milliseconds; utc_now's microseconds end in three zeros here.
    const ClockTime clock{t.hour(), t.minute(), t.second(), usec ? t.msec() * 1000 : 0, usec ? 6 : 0};
    if (name.startsWith(QLatin1String("naive_datetime")))
        return Term::naiveDateTime(utc.date(), clock);
    if (name.startsWith(QLatin1String("utc_datetime")))
        return Term::utcDateTime(utc.date(), clock);
    return Term::nil();
}

void Autogenerate::forInsert(const ChangesetSchema &schema, Values &values, const QDateTime &nowUtc)
{
    putTimestamps(schema, {schema.insertedAt, schema.updatedAt}, values, nowUtc);
    for (const schema::Field &f : schema.fields) {
        const bool timestamp = f.name == schema.insertedAt || f.name == schema.updatedAt;
        if (f.isVirtual || timestamp || !f.autogenerate || !isUuidType(f.type) || has(values, f.name))
            continue;
        values.emplace_back(f.name, Term::string(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    }
}

void Autogenerate::forUpdate(const ChangesetSchema &schema, Values &values, const QDateTime &nowUtc)
{
    putTimestamps(schema, {schema.updatedAt}, values, nowUtc);
}

} // namespace ectowb::changeset
