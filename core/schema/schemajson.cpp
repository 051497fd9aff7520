#include "schemajson.h"

#include <QDir>

namespace ectowb::schema {

namespace {
QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonArray fieldsJson(const QList<Field> &fields)
{
    QJsonArray out;
    for (const Field &f : fields)
        out.append(QJsonObject{{QStringLiteral("name"), f.name}, {QStringLiteral("type"), f.type.toElixir()}});
    return out;
}
} // namespace

QJsonObject SchemaJson::toJson(const Association &a)
{
    QJsonObject o{
        {QStringLiteral("name"), a.name},
        {QStringLiteral("kind"), Association::kindName(a.kind)},
        {QStringLiteral("related"), stringOrNull(a.related)},
        {QStringLiteral("owner_key"), stringOrNull(a.ownerKey)},
        // Ecto's many-to-many struct has no related_key field (its keys are join_keys);
        // the model keeps one for the query builder, the reflection shows none.
        {QStringLiteral("related_key"),
         a.kind == Association::Kind::ManyToMany ? QJsonValue(QJsonValue::Null) : stringOrNull(a.relatedKey)},
    };
    if (a.kind == Association::Kind::HasThrough)
        o.insert(QStringLiteral("through"), QJsonArray::fromStringList(a.through));
    if (a.kind == Association::Kind::ManyToMany) {
        o.insert(QStringLiteral("join_through"), a.joinThrough);
        QJsonArray keys;
        for (const auto &pair : a.joinKeys)
            keys.append(QJsonArray{pair.first, pair.second});
        o.insert(QStringLiteral("join_keys"), keys);
    }
    return o;
}

QJsonObject SchemaJson::toJson(const Schema &s, const QString &root)
{
    QJsonArray associations;
    for (const Association &a : s.associations)
        associations.append(toJson(a));
    QJsonArray embeds;
    for (const Embed &e : s.embeds) {
        embeds.append(QJsonObject{{QStringLiteral("name"), e.name},
                                  {QStringLiteral("kind"), e.kind == Embed::Kind::One ? QStringLiteral("embeds_one")
                                                                                      : QStringLiteral("embeds_many")},
                                  {QStringLiteral("related"), e.related}});
    }
    QJsonArray unresolved;
    for (const Unresolved &u : s.unresolved)
        unresolved.append(QStringLiteral("%1 (line %2)").arg(u.what).arg(u.pos.line));
    return QJsonObject{
        {QStringLiteral("module"), s.module},
        {QStringLiteral("file"), root.isEmpty() ? s.file : QDir(root).relativeFilePath(s.file)},
        {QStringLiteral("source"), stringOrNull(s.source)},
        {QStringLiteral("prefix"), stringOrNull(s.prefix)},
        {QStringLiteral("embedded"), s.embedded},
        {QStringLiteral("primary_key"), QJsonArray::fromStringList(s.primaryKey)},
        {QStringLiteral("fields"), fieldsJson(s.fields)},
        {QStringLiteral("virtual_fields"), fieldsJson(s.virtualFields)},
        {QStringLiteral("associations"), associations},
        {QStringLiteral("embeds"), embeds},
        {QStringLiteral("unresolved"), unresolved},
    };
}

QJsonArray SchemaJson::toJson(const QList<Schema> &schemas, const QString &root)
{
    QJsonArray out;
    for (const Schema &s : schemas)
        out.append(toJson(s, root));
    return out;
}

} // namespace ectowb::schema
