#include "valuecodec.h"

#include "value/termjson.h"
#include "typecaster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace ectowb::changeset {

using value::Decimal;
using value::Term;
using value::TermJson;

using schema::EctoType;

namespace {

bool isPrimitive(const EctoType &type, QStringView name)
{
    return type.kind() == EctoType::Kind::Primitive && type.name() == name;
}

// A string as JSON writes it, quotes included: how the statement log shows text.
QString jsonString(const QString &text)
{
    const QByteArray doc = QJsonDocument(QJsonArray{QJsonValue(text)}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(doc.mid(1, doc.size() - 2));
}

bool isBinary(const EctoType &type)
{
    return isPrimitive(type, u"binary");
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
        return Error{QStringLiteral("cannot load `%1` as type %2").arg(original.toString(), type.toElixir()), QStringLiteral("ArgumentError")};
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
            return Error{QStringLiteral("cannot load `%1` as type %2").arg(raw.text(), type.toElixir()), QStringLiteral("ArgumentError")};
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
        return Error{QStringLiteral("cannot load `%1` as type %2").arg(text, type.toElixir()), QStringLiteral("ArgumentError")};
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
