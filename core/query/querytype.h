#pragma once

#include <QString>

#include <memory>

namespace ectowb::query {

// The type Ecto's builder attaches to a parameter or a literal at build time
// (Ecto.Query.Builder's "quoted type"): `:any`, a primitive (`:integer`, `:string`),
// the type of a field of a binding (`{0, :author_id}`, resolved by the planner through
// the schema), `{:array, t}`, `{:in, t}` (the list of `x in ^list`), `{:out, t}` (an
// element of an array field: `^x in p.tags`, push/pull) and the any-datetime of
// datetime_add. Cheap to copy.
class QueryType
{
public:
    enum class Kind : quint8 { Any, Primitive, Field, Array, In, Out, AnyDatetime };

    QueryType() = default;
    static QueryType any() { return QueryType(); }
    static QueryType primitive(const QString &name);
    static QueryType field(int binding, const QString &field);
    // `{as(:name), field}` and `{parent_as(:name), field}`: the builder types a value
    // compared with a named binding's field, and the planner finds the binding.
    static QueryType named(const QString &alias, const QString &field, bool parent);
    static QueryType array(const QueryType &inner);
    static QueryType in(const QueryType &inner);
    static QueryType out(const QueryType &inner);
    static QueryType anyDatetime();

    Kind kind() const { return m_kind; }
    bool isAny() const { return m_kind == Kind::Any; }
    QString name() const { return m_name; }     // primitive name, or the field
    // A Primitive naming a type module (`Ecto.UUID`, `MyApp.Money`) rather than a
    // primitive atom (`:uuid`): what `type(^v, Ecto.UUID)` keeps.
    bool isModule() const { return m_kind == Kind::Primitive && !m_name.isEmpty() && m_name.front().isUpper(); }
    int binding() const { return m_binding; }   // Field, -1 when named
    QString alias() const { return m_alias; }   // Field of a named binding
    bool parent() const { return m_parent; }    // ... of parent_as/1
    QueryType inner() const;                     // Array, In, Out

    // The same type with the binding of every Field mapped (dynamic/2 inlining).
    template<typename F>
    QueryType mapBindings(F &&f) const
    {
        if (m_kind == Kind::Field)
            return m_alias.isEmpty() ? field(f(m_binding), m_name) : *this;
        if (m_inner) {
            QueryType copy = *this;
            copy.m_inner = std::make_shared<const QueryType>(m_inner->mapBindings(f));
            return copy;
        }
        return *this;
    }

    // As Ecto prints it: `:integer`, `{:array, :string}`, `{0, :title}`.
    QString toString() const;
    bool operator==(const QueryType &other) const;

private:
    static QueryType wrapped(Kind kind, const QueryType &inner);

    Kind m_kind = Kind::Any;
    bool m_parent = false;
    int m_binding = -1;
    QString m_name;
    QString m_alias;
    std::shared_ptr<const QueryType> m_inner;
};

} // namespace ectowb::query
