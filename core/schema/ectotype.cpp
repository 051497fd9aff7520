#include "ectotype.h"

namespace ectowb::schema {

EctoType EctoType::primitive(const QString &name)
{
    EctoType t;
    t.m_kind = Kind::Primitive;
    t.m_name = name;
    return t;
}

EctoType EctoType::array(const EctoType &inner)
{
    EctoType t;
    t.m_kind = Kind::Array;
    t.m_inner = std::make_shared<const EctoType>(inner);
    return t;
}

EctoType EctoType::map(const EctoType &inner)
{
    EctoType t;
    t.m_kind = Kind::Map;
    t.m_inner = std::make_shared<const EctoType>(inner);
    return t;
}

EctoType EctoType::enumeration(QList<EnumValue> values)
{
    EctoType t;
    t.m_kind = Kind::Enum;
    t.m_name = QStringLiteral("Ecto.Enum");
    t.m_enumValues = std::move(values);
    return t;
}

EctoType EctoType::embedded(const QString &related, bool many)
{
    EctoType t;
    t.m_kind = Kind::Embedded;
    t.m_name = related;
    t.m_many = many;
    return t;
}

EctoType EctoType::custom(const QString &module)
{
    EctoType t;
    t.m_kind = Kind::Custom;
    t.m_name = module;
    return t;
}

EctoType EctoType::inner() const
{
    return m_inner ? *m_inner : EctoType();
}

QString EctoType::toElixir() const
{
    switch (m_kind) {
    case Kind::Invalid:
        return QString();
    case Kind::Primitive:
        return QLatin1Char(':') + m_name;
    case Kind::Array:
        return QStringLiteral("{:array, %1}").arg(inner().toElixir());
    case Kind::Map:
        return QStringLiteral("{:map, %1}").arg(inner().toElixir());
    case Kind::Enum:
        return QStringLiteral("Ecto.Enum");
    case Kind::Embedded:
        return QStringLiteral("Ecto.Embedded");
    case Kind::Custom:
        return m_name;
    }
    return QString();
}

QString EctoType::underlyingPrimitive() const
{
    switch (m_kind) {
    case Kind::Primitive:
        return m_name;
    case Kind::Array:
        return QStringLiteral("array");
    case Kind::Map:
    case Kind::Embedded:
        return QStringLiteral("map");
    case Kind::Enum:
        if (!m_enumValues.isEmpty() && m_enumValues.first().dumped.typeId() == QMetaType::LongLong)
            return QStringLiteral("integer");
        return QStringLiteral("string");
    case Kind::Custom:
        // Ecto.UUID.type/0; other modules' type/0 is their own code
        if (m_name == u"Ecto.UUID")
            return QStringLiteral("uuid");
        break;
    case Kind::Invalid:
        break;
    }
    return QString();
}

bool EctoType::operator==(const EctoType &other) const
{
    if (m_kind != other.m_kind || m_name != other.m_name || m_many != other.m_many)
        return false;
    if (m_enumValues.size() != other.m_enumValues.size())
        return false;
    for (qsizetype i = 0; i < m_enumValues.size(); ++i) {
        if (m_enumValues[i].atom != other.m_enumValues[i].atom
            || m_enumValues[i].dumped != other.m_enumValues[i].dumped)
            return false;
    }
    return inner().m_kind == other.inner().m_kind && (!m_inner || *m_inner == *other.m_inner);
}

} // namespace ectowb::schema
