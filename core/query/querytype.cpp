#include "querytype.h"

namespace ectowb::query {

QueryType QueryType::primitive(const QString &name)
{
    QueryType t;
    t.m_kind = Kind::Primitive;
    t.m_name = name;
    return t;
}

QueryType QueryType::field(int binding, const QString &field)
{
    QueryType t;
    t.m_kind = Kind::Field;
    t.m_binding = binding;
    t.m_name = field;
    return t;
}

QueryType QueryType::named(const QString &alias, const QString &field, bool parent)
{
    QueryType t;
    t.m_kind = Kind::Field;
    t.m_name = field;
    t.m_alias = alias;
    t.m_parent = parent;
    return t;
}

QueryType QueryType::wrapped(Kind kind, const QueryType &inner)
{
    QueryType t;
    t.m_kind = kind;
    t.m_inner = std::make_shared<const QueryType>(inner);
    return t;
}

QueryType QueryType::array(const QueryType &inner)
{
    return wrapped(Kind::Array, inner);
}

QueryType QueryType::in(const QueryType &inner)
{
    return wrapped(Kind::In, inner);
}

QueryType QueryType::out(const QueryType &inner)
{
    return wrapped(Kind::Out, inner);
}

QueryType QueryType::anyDatetime()
{
    QueryType t;
    t.m_kind = Kind::AnyDatetime;
    return t;
}

QueryType QueryType::inner() const
{
    return m_inner ? *m_inner : QueryType();
}

QString QueryType::toString() const
{
    switch (m_kind) {
    case Kind::Any:
        return QStringLiteral(":any");
    case Kind::Primitive:
        return u':' + m_name;
    case Kind::Field:
        if (!m_alias.isEmpty())
            return QStringLiteral("{{:%1, [], [:%2]}, :%3}")
                .arg(m_parent ? QStringLiteral("parent_as") : QStringLiteral("as"), m_alias, m_name);
        return QStringLiteral("{%1, :%2}").arg(m_binding).arg(m_name);
    case Kind::Array:
        return QStringLiteral("{:array, %1}").arg(inner().toString());
    case Kind::In:
        return QStringLiteral("{:in, %1}").arg(inner().toString());
    case Kind::Out:
        return QStringLiteral("{:out, %1}").arg(inner().toString());
    case Kind::AnyDatetime:
        return QStringLiteral("{:param, :any_datetime}");
    }
    return QString();
}

bool QueryType::operator==(const QueryType &other) const
{
    if (m_kind != other.m_kind || m_binding != other.m_binding || m_name != other.m_name || m_alias != other.m_alias
        || m_parent != other.m_parent)
        return false;
    if (bool(m_inner) != bool(other.m_inner))
        return false;
    return !m_inner || *m_inner == *other.m_inner;
}

} // namespace ectowb::query
