#include "valuedumper.h"

#include "value/termjson.h"

#include <cctype>

namespace ectowb::db {

using value::Term;

namespace {

// Jason's encoding, which Ecto uses for :map values: Decimals as strings; the rest
// as the conformance encoding already writes them.
Term jsonReady(const Term &term)
{
    switch (term.kind()) {
    case Term::Kind::Decimal:
        return Term::string(term.decimalValue().toString());
    case Term::Kind::List:
    case Term::Kind::Tuple: {
        std::vector<Term> elements;
        elements.reserve(term.elements().size());
        for (const Term &e : term.elements())
            elements.push_back(jsonReady(e));
        return term.isList() ? Term::list(std::move(elements)) : Term::tuple(std::move(elements));
    }
    case Term::Kind::Map: {
        std::vector<Term::Pair> pairs;
        pairs.reserve(term.pairs().size());
        for (const auto &[key, value] : term.pairs())
            pairs.emplace_back(key, jsonReady(value));
        return Term::map(std::move(pairs));
    }
    default:
        return term;
    }
}

// Qt binds a null QString as NULL: an empty Elixir string must stay an empty string.
QVariant textValue(const QString &text)
{
    return QVariant(text.isNull() ? QString(QLatin1String("")) : text);
}

Error notBindable(const Term &term)
{
    return Error{QStringLiteral("cannot bind %1 as a query parameter").arg(term.toElixirString().isEmpty()
                                                                               ? QStringLiteral("this value")
                                                                               : term.toElixirString())};
}

// An element of a PostgreSQL array literal: quoted unless NULL or a nested array, so
// commas, braces, quotes and backslashes inside values stay data.
Result<QString> arrayElement(const Term &term)
{
    if (term.isNil())
        return QStringLiteral("NULL");
    Result<QString> text = ValueDumper::postgresText(term);
    if (!text || term.isList())
        return text;
    QString quoted = text.value();
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    quoted.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QString(QLatin1Char('"') + quoted + QLatin1Char('"'));
}

Result<QString> arrayLiteral(const Term &list)
{
    QStringList parts;
    for (const Term &element : list.elements()) {
        Result<QString> part = arrayElement(element);
        if (!part)
            return part;
        parts << part.value();
    }
    return QString(QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}'));
}

Result<QVariant> sqliteValue(const Term &term)
{
    switch (term.kind()) {
    case Term::Kind::Atom:
        if (term.isNil())
            return QVariant(QMetaType::fromType<QString>());
        if (term.isBoolean())
            return QVariant(qint64(term.isTrue() ? 1 : 0));
        return notBindable(term);
    case Term::Kind::Integer:
        // SQLite's integers are 64-bit: a bigger one would be stored as a float.
        if (!term.fitsInt64())
            return Error{QStringLiteral("the integer %1 does not fit SQLite's 64-bit integers").arg(term.toElixirString())};
        return QVariant(term.integerValue());
    case Term::Kind::Float:
        return QVariant(term.floatValue());
    case Term::Kind::String:
        return textValue(term.text());
    case Term::Kind::Binary:
        return QVariant(term.bytes()); // a BLOB: text must be UTF-8
    case Term::Kind::Decimal:
        return textValue(term.decimalValue().toString());
    case Term::Kind::Date:
    case Term::Kind::Time:
    case Term::Kind::NaiveDateTime:
    case Term::Kind::DateTime:
        return textValue(term.isoText());
    case Term::Kind::List:
    case Term::Kind::Map:
        return textValue(ValueDumper::json(term));
    case Term::Kind::Tuple:
    case Term::Kind::Regex:
    case Term::Kind::Changeset:
        return notBindable(term);
    }
    return notBindable(term);
}

bool isUuidType(const schema::EctoType &type)
{
    using Kind = schema::EctoType::Kind;
    return (type.kind() == Kind::Primitive && (type.name() == u"binary_id" || type.name() == u"uuid"))
           || (type.kind() == Kind::Custom && type.name() == u"Ecto.UUID");
}

// Ecto.UUID.dump/1 of a UUID's text (with or without dashes, either case).
std::optional<Term> uuidBytes(const Term &value)
{
    if (!value.isString())
        return std::nullopt;
    QString hex = value.text();
    hex.remove(u'-');
    if (hex.size() != 32)
        return std::nullopt;
    for (QChar c : hex) {
        if (!std::isxdigit(static_cast<unsigned char>(c.toLatin1())))
            return std::nullopt;
    }
    return Term::map({{Term::string(QStringLiteral("$binary_hex")), Term::string(hex.toLower())}});
}

} // namespace

std::optional<Result<Term>> ValueDumper::dumpUuid(const schema::EctoType &type, const Term &value, db::Dialect dialect)
{
    if (!isUuidType(type))
        return std::nullopt;
    if (dialect == db::Dialect::Sqlite || !value.isBitstring())
        return Result<Term>(value);
    if (std::optional<Term> bytes = uuidBytes(value))
        return Result<Term>(*bytes);
    const QString typeName = type.kind() == schema::EctoType::Kind::Custom ? type.name() : u':' + type.name();
    return Result<Term>(Error{QStringLiteral("value `%1` cannot be dumped to type %2").arg(value.text(), typeName), QStringLiteral("Ecto.Query.CastError")});
}

QString ValueDumper::json(const Term &term)
{
    return QString::fromUtf8(value::TermJson::write(jsonReady(term)));
}

Result<QString> ValueDumper::postgresText(const Term &term)
{
    switch (term.kind()) {
    case Term::Kind::Atom:
        if (term.isBoolean())
            return term.isTrue() ? QStringLiteral("true") : QStringLiteral("false");
        return notBindable(term); // nil has no text: it is NULL
    case Term::Kind::Integer:
        return term.toElixirString(); // every digit, past 64 bits too: PostgreSQL reads it as numeric
    case Term::Kind::Float:
        return value::shortestFloatText(term.floatValue());
    case Term::Kind::String:
        return term.text();
    case Term::Kind::Binary:
        // bytea's hex input: the only text form bytes that are not UTF-8 can take
        return QString(QLatin1String("\\x") + QString::fromLatin1(term.bytes().toHex()));
    case Term::Kind::Decimal:
        return term.decimalValue().toString();
    case Term::Kind::Date:
    case Term::Kind::Time:
    case Term::Kind::NaiveDateTime:
    case Term::Kind::DateTime:
        return term.isoText();
    case Term::Kind::List:
        return arrayLiteral(term);
    case Term::Kind::Map:
        // a dumped uuid (16 raw bytes, as the query core writes them): its hex is uuid input
        if (term.pairs().size() == 1 && term.pairs()[0].first.isString()
            && term.pairs()[0].first.text() == u"$binary_hex")
            return term.pairs()[0].second.text();
        return json(term);
    case Term::Kind::Tuple:
    case Term::Kind::Regex:
    case Term::Kind::Changeset:
        return notBindable(term);
    }
    return notBindable(term);
}

Result<QVariant> ValueDumper::value(const Term &term, db::Dialect dialect)
{
    if (dialect == db::Dialect::Sqlite)
        return sqliteValue(term);
    // A null QString: QPSQL writes NULL for it.
    if (term.isNil())
        return QVariant(QMetaType::fromType<QString>());
    Result<QString> text = postgresText(term);
    if (!text)
        return text.failure();
    if (text->contains(QChar(u'\0')))
        return Error{QStringLiteral("PostgreSQL text cannot contain the NUL character (0x00)")};
    return textValue(text.value());
}

Result<QVariant> ValueDumper::value(const Term &term, db::Dialect dialect, const schema::EctoType &type)
{
    if (type.kind() == schema::EctoType::Kind::Primitive && type.name() == u"binary" && term.isBitstring())
        return QVariant(term.bytes());
    return value(term, dialect);
}

Result<QVariantList> ValueDumper::values(const std::vector<Term> &params, db::Dialect dialect)
{
    QVariantList bound;
    bound.reserve(qsizetype(params.size()));
    for (std::size_t i = 0; i < params.size(); ++i) {
        Result<QVariant> value = ValueDumper::value(params[i], dialect);
        if (!value)
            return Error{QStringLiteral("parameter %1: %2").arg(i + 1).arg(value.error())};
        bound.append(value.value());
    }
    return bound;
}

} // namespace ectowb::db
