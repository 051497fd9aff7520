#include "valueloader.h"

#include "changeset/typecaster.h"
#include "value/termjson.h"

#include <QDateTime>
#include <QUuid>

namespace ectowb::db {

using schema::EctoType;
using value::ClockTime;
using value::Term;

namespace {

bool isUtf8(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

QString textOf(const QVariant &v)
{
    if (v.typeId() == QMetaType::QByteArray)
        return QString::fromUtf8(v.toByteArray());
    if (v.typeId() == QMetaType::QUuid)
        return v.toUuid().toString(QUuid::WithoutBraces);
    return v.toString();
}

bool usec(const QString &name)
{
    return name.endsWith(QLatin1String("_usec"));
}

ClockTime clock(const QTime &t, bool micro)
{
    return ClockTime{t.hour(), t.minute(), t.second(), micro ? t.msec() * 1000 : 0, micro ? 6 : 0};
}

// A date, time or datetime: typed by Postgrex, ISO 8601 text in SQLite, which
// ecto_sqlite3 parses as Ecto's cast does.
Term temporal(const EctoType &type, const QVariant &v)
{
    const QString name = type.name();
    const bool micro = usec(name);
    switch (v.typeId()) {
    case QMetaType::QDate:
        return Term::date(v.toDate());
    case QMetaType::QTime:
        return Term::time(clock(v.toTime(), micro));
    case QMetaType::QDateTime: {
        QDateTime t = v.toDateTime();
        if (t.timeSpec() != Qt::LocalTime)
            t = t.toUTC(); // timestamptz: Postgrex gives it in UTC
        if (name.startsWith(QLatin1String("utc_datetime")))
            return Term::utcDateTime(t.date(), clock(t.time(), micro));
        if (name == u"date")
            return Term::date(t.date());
        return Term::naiveDateTime(t.date(), clock(t.time(), micro));
    }
    default:
        break;
    }
    const changeset::CastOutcome cast = changeset::TypeCaster::cast(type, Term::string(textOf(v)));
    return cast.ok ? cast.value : ValueLoader::raw(v);
}

Term decimal(const QVariant &v)
{
    std::optional<value::Decimal> d;
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong: d = value::Decimal::fromInteger(v.toLongLong()); break;
    case QMetaType::Double: d = value::Decimal::fromFloat(v.toDouble()); break;
    default: d = value::Decimal::parse(textOf(v).toUtf8()); break;
    }
    return d ? Term::decimal(*d) : ValueLoader::raw(v);
}

Term json(const QVariant &v)
{
    Result<Term> parsed = value::TermJson::parse(textOf(v).toUtf8());
    return parsed ? *parsed : ValueLoader::raw(v);
}

// PostgreSQL's text form of a one-dimensional array ({1,2,"a b",NULL}), as QPSQL
// returns arrays; its elements are loaded by the inner type.
QList<QVariant> postgresArray(const QString &text, bool *ok)
{
    QList<QVariant> out;
    *ok = text.startsWith(u'{') && text.endsWith(u'}');
    if (!*ok || text.size() == 2)
        return out;
    const QString body = text.mid(1, text.size() - 2);
    QString item;
    bool quoted = false, wasQuoted = false;
    auto push = [&] {
        out.append(!wasQuoted && item == u"NULL" ? QVariant() : QVariant(item));
        item.clear();
        wasQuoted = false;
    };
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (quoted && c == u'\\' && i + 1 < body.size()) {
            item += body.at(++i);
        } else if (c == u'"') {
            quoted = !quoted;
            wasQuoted = true;
        } else if (c == u',' && !quoted) {
            push();
        } else if (c == u'{' && !quoted) {
            *ok = false; // a nested array: left to the raw value
            return {};
        } else {
            item += c;
        }
    }
    push();
    return out;
}

// A decoded JSON element as the driver would have given it in a column of its own.
QVariant variantOf(const Term &t)
{
    switch (t.kind()) {
    case Term::Kind::Integer: return QVariant(t.integerValue());
    case Term::Kind::Float: return QVariant(t.floatValue());
    case Term::Kind::String: return QVariant(t.text());
    case Term::Kind::Atom:
        if (t.isNil())
            return QVariant();
        if (t.isAtom(u"true") || t.isAtom(u"false"))
            return QVariant(t.isAtom(u"true"));
        return QVariant(t.text());
    default: return QVariant(QString::fromUtf8(value::TermJson::write(t)));
    }
}

Term array(const EctoType &type, const QVariant &v, Dialect dialect)
{
    const QString text = textOf(v);
    if (dialect == Dialect::Sqlite || text.startsWith(u'[')) {
        Result<Term> parsed = value::TermJson::parse(text.toUtf8());
        if (!parsed || parsed->kind() != Term::Kind::List)
            return ValueLoader::raw(v);
        std::vector<Term> items;
        for (const Term &t : parsed->elements())
            items.push_back(type.inner().isValid() ? ValueLoader::load(type.inner(), variantOf(t), dialect) : t);
        return Term::list(std::move(items));
    }
    bool ok = false;
    const QList<QVariant> cells = postgresArray(text, &ok);
    if (!ok)
        return ValueLoader::raw(v);
    std::vector<Term> items;
    for (const QVariant &cell : cells)
        items.push_back(ValueLoader::load(type.inner(), cell, dialect));
    return Term::list(std::move(items));
}

Term enumeration(const EctoType &type, const QVariant &v)
{
    for (const EctoType::EnumValue &e : type.enumValues()) {
        const bool integer = e.dumped.typeId() == QMetaType::Int || e.dumped.typeId() == QMetaType::LongLong;
        if (integer ? (v.toLongLong() == e.dumped.toLongLong() && textOf(v) == e.dumped.toString())
                    : textOf(v) == e.dumped.toString())
            return Term::atom(e.atom);
    }
    return ValueLoader::raw(v);
}

Term boolean(const QVariant &v)
{
    if (v.typeId() == QMetaType::Bool)
        return Term::boolean(v.toBool());
    const QString t = textOf(v);
    return Term::boolean(t == u"t" || t == u"true" || (t != u"f" && t != u"false" && v.toLongLong() != 0));
}

Term primitive(const EctoType &type, const QVariant &v, Dialect dialect)
{
    const QString name = type.name();
    if (name == u"id" || name == u"integer")
        return Term::integer(v.toLongLong());
    if (name == u"float")
        return Term::floating(v.toDouble());
    if (name == u"boolean")
        return boolean(v);
    if (name == u"decimal")
        return decimal(v);
    if (name == u"map")
        return json(v);
    if (name == u"binary") {
        const QByteArray bytes = v.typeId() == QMetaType::QByteArray ? v.toByteArray() : textOf(v).toUtf8();
        return isUtf8(bytes) ? Term::string(QString::fromUtf8(bytes)) : Term::binary(bytes);
    }
    if (name == u"date" || name == u"time" || name.startsWith(QLatin1String("time_")) || name.contains(QLatin1String("datetime")))
        return temporal(type, v);
    if (name == u"string" || name == u"binary_id")
        return Term::string(textOf(v));
    Q_UNUSED(dialect);
    return ValueLoader::raw(v);
}

} // namespace

Term ValueLoader::raw(const QVariant &v)
{
    if (v.isNull())
        return Term::nil();
    switch (v.typeId()) {
    case QMetaType::Bool: return Term::boolean(v.toBool());
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong: return Term::integer(v.toLongLong());
    case QMetaType::Double: return Term::floating(v.toDouble());
    case QMetaType::QDate: return Term::date(v.toDate());
    case QMetaType::QByteArray: return Term::string(QString::fromUtf8(v.toByteArray()));
    case QMetaType::QDateTime: {
        const QDateTime t = v.toDateTime();
        return Term::naiveDateTime(t.date(), clock(t.time(), true));
    }
    default: return Term::string(textOf(v));
    }
}

Term ValueLoader::load(const EctoType &type, const QVariant &value, Dialect dialect)
{
    if (value.isNull())
        return Term::nil();
    switch (type.kind()) {
    case EctoType::Kind::Primitive: return primitive(type, value, dialect);
    case EctoType::Kind::Array: return array(type, value, dialect);
    case EctoType::Kind::Map:
    case EctoType::Kind::Embedded: return json(value);
    case EctoType::Kind::Enum: return enumeration(type, value);
    case EctoType::Kind::Invalid:
    case EctoType::Kind::Custom: break;
    }
    return raw(value);
}

} // namespace ectowb::db
