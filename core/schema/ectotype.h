#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <memory>

namespace ectowb::schema {

// An Ecto type as a schema declares it: a primitive (`:string`, `:id`), a composite
// (`{:array, t}`, `{:map, t}`), an `Ecto.Enum`, an embed, or a custom type module.
class EctoType
{
public:
    enum class Kind : quint8 { Invalid, Primitive, Array, Map, Enum, Embedded, Custom };

    // One value of an Ecto.Enum: the atom, and what it dumps to (the atom's name as a
    // string unless the schema maps it to an integer or string).
    struct EnumValue
    {
        QString atom;
        QVariant dumped;
    };

    EctoType() = default;
    static EctoType primitive(const QString &name);
    static EctoType array(const EctoType &inner);
    static EctoType map(const EctoType &inner);
    static EctoType enumeration(QList<EnumValue> values);
    static EctoType embedded(const QString &related, bool many);
    static EctoType custom(const QString &module);

    Kind kind() const { return m_kind; }
    bool isValid() const { return m_kind != Kind::Invalid; }
    // Primitive name (`string`), or the custom/embedded module.
    QString name() const { return m_name; }
    EctoType inner() const;
    const QList<EnumValue> &enumValues() const { return m_enumValues; }
    bool embedsMany() const { return m_many; }

    // The type as Elixir writes it after alias expansion: `:string`, `{:array, :string}`,
    // `Ecto.Enum`, `Ecto.Embedded`, `MyApp.Money`.
    QString toElixir() const;

    // The primitive a type loads and dumps through: `:id` for `:id`, `:string` for an
    // Ecto.Enum of atoms, `:integer` for an enum mapped to integers, and so on.
    QString underlyingPrimitive() const;

    bool operator==(const EctoType &other) const;

private:
    Kind m_kind = Kind::Invalid;
    bool m_many = false;
    QString m_name;
    std::shared_ptr<const EctoType> m_inner;
    QList<EnumValue> m_enumValues;
};

} // namespace ectowb::schema
