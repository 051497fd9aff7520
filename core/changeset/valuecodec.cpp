#include "valuecodec.h"

#include "termjson.h"
#include "typecaster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace ectowb::changeset {

using schema::EctoType;

namespace {

bool isPrimitive(const EctoType &type, QStringView name)
{
    return type.kind() == EctoType::Kind::Primitive && type.name() == name;
}

bool isBinary(const EctoType &type)
{
    return isPrimitive(type, u"binary");
}

QString jsonString(const QString &text)
{
    const QByteArray doc = QJsonDocument(QJsonArray{QJsonValue(text)}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(doc.mid(1, doc.size() - 2));
}

Result<QString> jsonOf(const Term &value, int depth)
{
    if (depth > 100)
        return Error{QStringLiteral("Jason.EncodeError: nested too deeply")};
    switch (value.kind()) {
    case Term::Kind::Atom:
        if (value.isNil())
            return QStringLiteral("null");
        if (value.isBoolean())
            return value.text();
        return jsonString(value.text());
    case Term::Kind::Integer:
        return QString::number(value.integerValue());
    case Term::Kind::Float:
        return QString::fromUtf8(TermJson::write(value));
    case Term::Kind::String:
        return jsonString(value.text());
    case Term::Kind::Decimal:
        return jsonString(ValueCodec::decimalNormal(value.decimalValue()));
    case Term::Kind::Date:
    case Term::Kind::Time:
    case Term::Kind::NaiveDateTime:
    case Term::Kind::DateTime:
        return jsonString(value.isoText());
    case Term::Kind::List: {
        QStringList items;
        for (const Term &e : value.elements()) {
            Result<QString> item = jsonOf(e, depth + 1);
            if (!item)
                return item;
            items << *item;
        }
        return QString(QLatin1Char('[') + items.join(QLatin1Char(',')) + QLatin1Char(']'));
    }
    case Term::Kind::Map: {
        QStringList items;
        for (const auto &[k, v] : value.pairs()) {
            if (!k.isString() && !k.isAtom() && !k.isNumber())
                return Error{QStringLiteral("Jason.EncodeError: a map key must be a string, atom or number")};
            Result<QString> item = jsonOf(v, depth + 1);
            if (!item)
                return item;
            items << jsonString(k.isNumber() ? k.toElixirString() : k.text()) + QLatin1Char(':') + *item;
        }
        return QString(QLatin1Char('{') + items.join(QLatin1Char(',')) + QLatin1Char('}'));
    }
    case Term::Kind::Tuple:
    case Term::Kind::Regex:
    case Term::Kind::Changeset:
        break;
    }
    return Error{QStringLiteral("Protocol.UndefinedError: Jason.Encoder is not implemented for this value")};
}

// {"a","b"}: a PostgreSQL array literal, every element quoted so any element type parses.
Result<QString> arrayLiteral(const EctoType &inner, const Term &value)
{
    QStringList items;
    for (const Term &e : value.elements()) {
        if (e.isNil()) {
            items << QStringLiteral("NULL");
            continue;
        }
        if (inner.kind() == EctoType::Kind::Array) {
            Result<QString> nested = arrayLiteral(inner.inner(), e);
            if (!nested)
                return nested;
            items << *nested;
            continue;
        }
        Result<QVariant> dumped = ValueCodec::dump(inner, e, db::Dialect::Postgres);
        if (!dumped)
            return Error{dumped.error()};
        QString text = dumped->typeId() == QMetaType::Bool ? (dumped->toBool() ? QStringLiteral("t") : QStringLiteral("f"))
                                                           : dumped->toString();
        text.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
        items << QLatin1Char('"') + text + QLatin1Char('"');
    }
    return QString(QLatin1Char('{') + items.join(QLatin1Char(',')) + QLatin1Char('}'));
}

Result<QVariant> dumpEnum(const EctoType &type, const Term &value)
{
    for (const EctoType::EnumValue &v : type.enumValues()) {
        if (value.isAtom() && value.text() == v.atom)
            return v.dumped.isValid() ? v.dumped : QVariant(v.atom);
    }
    return Error{QStringLiteral("Ecto.ChangeError: value `%1` for the Ecto.Enum field does not match type %2")
                     .arg(value.toElixirString(), type.toElixir())};
}

Result<QVariant> dumpPrimitive(const QString &name, const Term &value, db::Dialect dialect)
{
    const bool sqlite = dialect == db::Dialect::Sqlite;
    if (name == QLatin1String("boolean") && value.isBoolean())
        return sqlite ? QVariant(qint64(value.isTrue() ? 1 : 0)) : QVariant(value.isTrue());
    if ((name == QLatin1String("integer") || name == QLatin1String("id")) && value.isInteger())
        return QVariant(value.integerValue());
    if (name == QLatin1String("float") && value.isNumber())
        return QVariant(value.numberValue());
    if (name == QLatin1String("decimal") && value.isDecimal())
        return QVariant(ValueCodec::decimalNormal(value.decimalValue()));
    if (name == QLatin1String("binary") && value.isString())
        return QVariant(value.text().toUtf8());
    if ((name == QLatin1String("string") || name == QLatin1String("binary_id")) && value.isString())
        return QVariant(value.text());
    const bool temporal = value.kind() == Term::Kind::Date || value.kind() == Term::Kind::Time
                          || value.kind() == Term::Kind::NaiveDateTime || value.kind() == Term::Kind::DateTime;
    if (temporal && (name == QLatin1String("date") || name.startsWith(QLatin1String("time"))
                     || name.startsWith(QLatin1String("naive_datetime")) || name.startsWith(QLatin1String("utc_datetime"))))
        return QVariant(value.isoText());
    if (name == QLatin1String("map") && value.isMap()) {
        Result<QString> text = ValueCodec::json(value);
        return text ? Result<QVariant>(QVariant(*text)) : Result<QVariant>(Error{text.error()});
    }
    return Error{QStringLiteral("Ecto.ChangeError: value `%1` does not match type :%2").arg(value.toElixirString(), name)};
}

// QVariant from the driver to the Term the adapter's loader would hand Ecto.Type.load/2.
Term rawTerm(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return Term::integer(value.toLongLong());
    case QMetaType::Double:
        return Term::floating(value.toDouble());
    case QMetaType::Bool:
        return Term::boolean(value.toBool());
    case QMetaType::QByteArray:
        return Term::string(QString::fromUtf8(value.toByteArray()));
    default:
        return Term::string(value.toString());
    }
}

Result<Term> castLoaded(const EctoType &type, const Term &raw, const QVariant &original)
{
    const CastOutcome cast = TypeCaster::cast(type, raw);
    if (!cast.ok)
        return Error{QStringLiteral("ArgumentError: cannot load `%1` as type %2").arg(original.toString(), type.toElixir())};
    return cast.value;
}

Result<Term> loadSqlite(const EctoType &type, const QVariant &value)
{
    Term raw = rawTerm(value);
    const bool jsonColumn = type.kind() == EctoType::Kind::Array || type.kind() == EctoType::Kind::Map
                            || isPrimitive(type, u"map");
    if (jsonColumn && raw.isString()) {
        Result<Term> parsed = TermJson::parse(raw.text().toUtf8());
        if (!parsed)
            return Error{QStringLiteral("ArgumentError: cannot load `%1` as type %2").arg(raw.text(), type.toElixir())};
        raw = *parsed;
    }
    if (isPrimitive(type, u"boolean") && (raw.isInteger() || raw.isString())) {
        const QString t = raw.toElixirString();
        if (t == QLatin1String("1") || t == QLatin1String("TRUE"))
            raw = Term::boolean(true);
        else if (t == QLatin1String("0") || t == QLatin1String("FALSE"))
            raw = Term::boolean(false);
    }
    if (isPrimitive(type, u"float") && raw.isInteger())
        raw = Term::floating(double(raw.integerValue()));
    if (isPrimitive(type, u"decimal") && raw.isNumber())
        raw = Term::string(raw.toElixirString());
    return castLoaded(type, raw, value);
}

Result<Term> loadPostgres(const EctoType &type, const QVariant &value)
{
    const QString text = value.toString();
    if (isPrimitive(type, u"decimal"))
        return castLoaded(type, Term::string(text), value);
    Result<Term> parsed = TermJson::parse(text.toUtf8());
    if (!parsed)
        return Error{QStringLiteral("ArgumentError: cannot load `%1` as type %2").arg(text, type.toElixir())};
    if (isBinary(type) && parsed->isString() && parsed->text().startsWith(QLatin1String("\\x")))
        return Term::string(QString::fromUtf8(QByteArray::fromHex(parsed->text().mid(2).toLatin1())));
    return castLoaded(type, *parsed, value);
}

} // namespace

QString ValueCodec::decimalNormal(const Decimal &d)
{
    QString digits = QString::fromLatin1(d.coefficient());
    const QString sign = d.sign() < 0 ? QStringLiteral("-") : QString();
    if (d.exponent() >= 0)
        return sign + digits + QString(int(d.exponent()), QLatin1Char('0'));
    const qsizetype point = digits.size() + d.exponent();
    if (point <= 0)
        return sign + QStringLiteral("0.") + QString(int(-point), QLatin1Char('0')) + digits;
    return sign + digits.left(point) + QLatin1Char('.') + digits.mid(point);
}

Result<QString> ValueCodec::json(const Term &value)
{
    return jsonOf(value, 0);
}

Result<QVariant> ValueCodec::dump(const EctoType &type, const Term &value, db::Dialect dialect)
{
    if (value.isNil())
        return QVariant();
    switch (type.kind()) {
    case EctoType::Kind::Primitive:
        return dumpPrimitive(type.name(), value, dialect);
    case EctoType::Kind::Enum:
        return dumpEnum(type, value);
    case EctoType::Kind::Array: {
        if (!value.isList())
            break;
        if (dialect == db::Dialect::Postgres) {
            Result<QString> literal = arrayLiteral(type.inner(), value);
            return literal ? Result<QVariant>(QVariant(*literal)) : Result<QVariant>(Error{literal.error()});
        }
        Result<QString> text = json(value);
        return text ? Result<QVariant>(QVariant(*text)) : Result<QVariant>(Error{text.error()});
    }
    case EctoType::Kind::Map: {
        if (!value.isMap())
            break;
        Result<QString> text = json(value);
        return text ? Result<QVariant>(QVariant(*text)) : Result<QVariant>(Error{text.error()});
    }
    case EctoType::Kind::Custom:
        if (type.name() == QLatin1String("Ecto.UUID") && value.isString())
            return QVariant(value.text());
        return Error{QStringLiteral("cannot dump a value of the custom type %1 without running its code").arg(type.name())};
    case EctoType::Kind::Embedded:
    case EctoType::Kind::Invalid:
        break;
    }
    return Error{QStringLiteral("Ecto.ChangeError: value `%1` does not match type %2").arg(value.toElixirString(), type.toElixir())};
}

QString ValueCodec::selectExpression(const QString &quotedColumn, const EctoType &type, db::Dialect dialect)
{
    if (dialect == db::Dialect::Sqlite)
        return quotedColumn;
    if (isPrimitive(type, u"decimal"))
        return quotedColumn + QStringLiteral("::text");
    return QStringLiteral("to_json(") + quotedColumn + QStringLiteral(")::text");
}

Result<Term> ValueCodec::load(const EctoType &type, const QVariant &value, db::Dialect dialect)
{
    if (value.isNull())
        return Term::nil();
    return dialect == db::Dialect::Sqlite ? loadSqlite(type, value) : loadPostgres(type, value);
}

QString ValueCodec::displayParam(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("nil");
    switch (value.typeId()) {
    case QMetaType::QString:
        return jsonString(value.toString());
    case QMetaType::QByteArray:
        return QStringLiteral("<<%1 bytes>>").arg(value.toByteArray().size());
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return value.toString();
    }
}

} // namespace ectowb::changeset
