#include "typecaster.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace ectowb::changeset {

using value::ClockTime;
using value::Decimal;
using value::Term;

using schema::EctoType;

namespace {

CastOutcome ok(Term value)
{
    return CastOutcome{true, std::move(value), {}};
}

CastOutcome invalid()
{
    return CastOutcome{};
}

// Integer.parse/1 that must consume everything: optional sign, then digits.
std::optional<qint64> parseInteger(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[+-]?[0-9]+$"));
    if (!re.match(text).hasMatch())
        return std::nullopt;
    bool okay = false;
    const qint64 v = text.toLongLong(&okay);
    return okay ? std::optional<qint64>(v) : std::nullopt;
}

// Float.parse/1 that must consume everything: "1", "-1.5", "1e3", never ".5" or "1.".
std::optional<double> parseFloat(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[+-]?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"));
    if (!re.match(text).hasMatch())
        return std::nullopt;
    bool okay = false;
    const double v = text.toDouble(&okay);
    return okay ? std::optional<double>(v) : std::nullopt;
}

// Ecto's to_i/1 for map-form dates: integers pass, strings must parse whole.
std::optional<qint64> toInt(const std::optional<Term> &value)
{
    if (!value)
        return std::nullopt;
    if (value->isInteger())
        return value->integerValue();
    if (value->isString())
        return parseInteger(value->text());
    return std::nullopt;
}

bool isEmptyPart(const std::optional<Term> &value)
{
    return !value || value->isNil() || (value->isString() && value->text().isEmpty());
}

std::optional<ClockTime> makeTime(qint64 h, qint64 m, qint64 s, qint64 usec, int precision)
{
    if (h < 0 || h > 23 || m < 0 || m > 59 || s < 0 || s > 59 || usec < 0 || usec > 999999)
        return std::nullopt;
    return ClockTime{int(h), int(m), int(s), int(usec), precision};
}

// "HH:MM:SS[.ffffff]" with what Calendar.ISO accepts after it.
struct IsoParts
{
    QDate date;
    ClockTime time;
    bool hasOffset = false;
    int offsetSeconds = 0;
};

std::optional<ClockTime> timeFromMatch(const QRegularExpressionMatch &m, int first)
{
    const QString fraction = m.captured(first + 3);
    const int precision = int(std::min<qsizetype>(fraction.size(), 6));
    const qint64 usec = fraction.isEmpty() ? 0 : fraction.left(6).leftJustified(6, QLatin1Char('0')).toLongLong();
    return makeTime(m.captured(first).toLongLong(), m.captured(first + 1).toLongLong(),
                    m.captured(first + 2).toLongLong(), usec, precision);
}

int offsetFromText(const QString &offset)
{
    if (offset.isEmpty() || offset == QLatin1String("Z"))
        return 0;
    const int sign = offset.startsWith(QLatin1Char('-')) ? -1 : 1;
    const QString digits = offset.mid(1).remove(QLatin1Char(':'));
    return sign * (digits.left(2).toInt() * 3600 + digits.mid(2).toInt() * 60);
}

std::optional<IsoParts> parseIsoDateTime(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "^(-?[0-9]{4})-([0-9]{2})-([0-9]{2})[T ]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:[.,]([0-9]+))?"
        "(Z|[+-][0-9]{2}(?::?[0-9]{2})?)?$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const std::optional<ClockTime> time = timeFromMatch(m, 4);
    if (!date.isValid() || !time)
        return std::nullopt;
    return IsoParts{date, *time, m.hasCaptured(8), offsetFromText(m.captured(8))};
}

std::optional<QDate> parseIsoDate(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^([+-]?[0-9]{4})-([0-9]{2})-([0-9]{2})$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

std::optional<ClockTime> parseIsoTime(const QString &text)
{
    static const QRegularExpression short_(QStringLiteral("^([0-9]{2}):([0-9]{2})$"));
    if (const QRegularExpressionMatch m = short_.match(text); m.hasMatch()) // Ecto's own "HH:MM"
        return makeTime(m.captured(1).toInt(), m.captured(2).toInt(), 0, 0, 0);
    static const QRegularExpression re(QStringLiteral(
        "^T?([0-9]{2}):([0-9]{2}):([0-9]{2})(?:[.,]([0-9]+))?(Z|[+-][0-9]{2}(?::?[0-9]{2})?)?$"));
    const QRegularExpressionMatch m = re.match(text);
    return m.hasMatch() ? timeFromMatch(m, 1) : std::nullopt;
}

ClockTime withPrecision(ClockTime t, bool usec)
{
    if (usec) {
        t.precision = 6;
    } else {
        t.microsecond = 0;
        t.precision = 0;
    }
    return t;
}

// Map forms: %{"year" => .., "month" => .., "day" => ..} and the time parts.
enum class MapForm { Date, Time, DateTime };
std::optional<std::optional<std::pair<QDate, ClockTime>>> fromMapForm(const Term &map, MapForm form)
{
    const QStringList dateKeys = {QStringLiteral("year"), QStringLiteral("month"), QStringLiteral("day")};
    const QStringList timeKeys = {QStringLiteral("hour"), QStringLiteral("minute")};
    QStringList keys = form == MapForm::Time ? timeKeys : dateKeys;
    if (form == MapForm::DateTime)
        keys += timeKeys;
    for (const QString &k : keys) {
        if (!map.get(k))
            return std::nullopt; // not this form at all
    }
    const Term first = *map.get(keys.first());
    bool allEmpty = isEmptyPart(first);
    for (const QString &k : keys)
        allEmpty = allEmpty && *map.get(k) == first;
    if (allEmpty)
        return std::optional<std::pair<QDate, ClockTime>>(); // cast to nil
    QDate date;
    if (form != MapForm::Time) {
        const auto y = toInt(map.get(u"year")), mo = toInt(map.get(u"month")), d = toInt(map.get(u"day"));
        if (!y || !mo || !d || !QDate::isValid(int(*y), int(*mo), int(*d)))
            return std::nullopt;
        date = QDate(int(*y), int(*mo), int(*d));
    }
    ClockTime time;
    if (form != MapForm::Date) {
        const auto h = toInt(map.get(u"hour")), mi = toInt(map.get(u"minute"));
        const auto s = map.get(u"second") ? toInt(map.get(u"second")) : std::optional<qint64>(0);
        const auto us = map.get(u"microsecond") ? toInt(map.get(u"microsecond")) : std::optional<qint64>(0);
        if (!h || !mi || !s || !us)
            return std::nullopt;
        const auto t = makeTime(*h, *mi, *s, *us, map.get(u"microsecond") ? 6 : 0);
        if (!t)
            return std::nullopt;
        time = *t;
    }
    return std::optional<std::pair<QDate, ClockTime>>(std::make_pair(date, time));
}

// Sentinel for "the map form failed" vs "not a map form": both are errors here.
CastOutcome castTemporalMap(const Term &value, MapForm form, const std::function<Term(QDate, ClockTime)> &make)
{
    const auto parts = fromMapForm(value, form);
    if (!parts)
        return invalid();
    if (!*parts)
        return ok(Term::nil());
    return ok(make((*parts)->first, (*parts)->second));
}

CastOutcome castDate(const Term &value)
{
    if (value.kind() == Term::Kind::Date)
        return ok(value);
    if (value.isMap())
        return castTemporalMap(value, MapForm::Date, [](QDate d, ClockTime) { return Term::date(d); });
    if (!value.isString())
        return invalid();
    if (const auto d = parseIsoDate(value.text()))
        return ok(Term::date(*d));
    if (const auto dt = parseIsoDateTime(value.text()))
        return ok(Term::date(dt->date));
    return invalid();
}

CastOutcome castTime(const Term &value, bool usec)
{
    if (value.kind() == Term::Kind::Time)
        return ok(Term::time(withPrecision(value.timeValue(), usec)));
    if (value.isMap())
        return castTemporalMap(value, MapForm::Time,
                               [usec](QDate, ClockTime t) { return Term::time(withPrecision(t, usec)); });
    if (!value.isString())
        return invalid();
    const auto t = parseIsoTime(value.text());
    return t ? ok(Term::time(withPrecision(*t, usec))) : invalid();
}

CastOutcome castDateTime(const Term &value, bool utc, bool usec)
{
    auto make = [utc, usec](QDate d, ClockTime t) {
        t = withPrecision(t, usec);
        return utc ? Term::utcDateTime(d, t) : Term::naiveDateTime(d, t);
    };
    if (value.kind() == Term::Kind::NaiveDateTime || value.kind() == Term::Kind::DateTime)
        return ok(make(value.dateValue(), value.timeValue()));
    if (value.isMap())
        return castTemporalMap(value, MapForm::DateTime, make);
    if (!value.isString())
        return invalid();
    const auto parts = parseIsoDateTime(value.text());
    if (!parts)
        return invalid();
    if (!utc || parts->offsetSeconds == 0)
        return ok(make(parts->date, parts->time));
    // Shift to UTC through QDateTime; the microseconds ride along unchanged.
    const QDateTime local(parts->date, QTime(parts->time.hour, parts->time.minute, parts->time.second),
                          QTimeZone(parts->offsetSeconds));
    const QDateTime inUtc = local.toUTC();
    ClockTime t = parts->time;
    t.hour = inUtc.time().hour();
    t.minute = inUtc.time().minute();
    t.second = inUtc.time().second();
    return ok(make(inUtc.date(), t));
}

CastOutcome castDecimal(const Term &value)
{
    if (value.isDecimal())
        return ok(value);
    if (value.isInteger())
        return ok(Term::decimal(Decimal::fromInteger(value.bigIntegerValue())));
    if (value.isFloat()) {
        const auto d = Decimal::fromFloat(value.floatValue());
        return d ? ok(Term::decimal(*d)) : invalid();
    }
    if (value.isString()) {
        const auto d = Decimal::parse(value.text().toUtf8());
        return d ? ok(Term::decimal(*d)) : invalid();
    }
    return invalid();
}

CastOutcome castUuid(const Term &value)
{
    static const QRegularExpression re(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    if (value.isString() && re.match(value.text()).hasMatch())
        return ok(Term::string(value.text().toLower()));
    return invalid();
}

CastOutcome castEnum(const EctoType &type, const Term &value)
{
    for (const EctoType::EnumValue &v : type.enumValues()) {
        const bool matchesAtom = (value.isAtom() || value.isString()) && value.text() == v.atom;
        const bool matchesDump = value.isInteger() && v.dumped.typeId() != QMetaType::QString
                                 && v.dumped.toLongLong() == value.integerValue();
        const bool matchesDumpedString = value.isString() && v.dumped.typeId() == QMetaType::QString
                                         && v.dumped.toString() == value.text();
        if (matchesAtom || matchesDump || matchesDumpedString)
            return ok(Term::atom(v.atom));
    }
    // Ecto reports Map.keys of its string-keyed cast table: sorted, as small maps are.
    QStringList names;
    for (const EctoType::EnumValue &v : type.enumValues())
        names << v.atom;
    names.sort();
    std::vector<Term> enumTerms;
    for (const QString &n : names)
        enumTerms.push_back(Term::string(n));
    CastOutcome out;
    out.errorKeys = {{QStringLiteral("validation"), Term::atom(QStringLiteral("inclusion"))},
                     {QStringLiteral("enum"), Term::list(std::move(enumTerms))}};
    return out;
}

CastOutcome castPrimitive(const QString &name, const Term &value)
{
    if (name == QLatin1String("string") || name == QLatin1String("binary") || name == QLatin1String("binary_id"))
        return value.isBitstring() ? ok(value) : invalid(); // cast_binary/1: any binary
    if (name == QLatin1String("integer") || name == QLatin1String("id")) {
        if (value.isInteger())
            return ok(value);
        // Ecto's cast_integer/1: Integer.parse/1 must consume the whole string, and
        // the integer may be of any size (the BEAM has no 64-bit limit), but Ecto
        // refuses strings of 32 bytes or more before parsing (no key is that long).
        const bool parsable = value.isString() && value.text().toUtf8().size() < 32;
        const auto i = parsable ? BigInteger::parse(value.text()) : std::nullopt;
        return i ? ok(Term::integer(*i)) : invalid();
    }
    if (name == QLatin1String("float")) {
        if (value.isNumber())
            return ok(Term::floating(value.numberValue()));
        const auto f = value.isString() ? parseFloat(value.text()) : std::nullopt;
        return f ? ok(Term::floating(*f)) : invalid();
    }
    if (name == QLatin1String("boolean")) {
        if (value.isBoolean())
            return ok(value);
        if (value.isString() && (value.text() == QLatin1String("true") || value.text() == QLatin1String("1")))
            return ok(Term::boolean(true));
        if (value.isString() && (value.text() == QLatin1String("false") || value.text() == QLatin1String("0")))
            return ok(Term::boolean(false));
        return invalid();
    }
    if (name == QLatin1String("decimal"))
        return castDecimal(value);
    if (name == QLatin1String("date"))
        return castDate(value);
    if (name == QLatin1String("time") || name == QLatin1String("time_usec"))
        return castTime(value, name.endsWith(QLatin1String("_usec")));
    if (name.startsWith(QLatin1String("naive_datetime")) || name.startsWith(QLatin1String("utc_datetime")))
        return castDateTime(value, name.startsWith(QLatin1String("utc")), name.endsWith(QLatin1String("_usec")));
    if (name == QLatin1String("map"))
        return value.isMap() ? ok(value) : invalid();
    if (name == QLatin1String("any"))
        return ok(value);
    return invalid();
}

} // namespace

CastOutcome TypeCaster::cast(const EctoType &type, const Term &value)
{
    if (value.isNil())
        return ok(value); // every type casts nil to nil
    switch (type.kind()) {
    case EctoType::Kind::Primitive:
        return castPrimitive(type.name(), value);
    case EctoType::Kind::Array: {
        if (!value.isList())
            return invalid();
        std::vector<Term> items;
        for (const Term &e : value.elements()) {
            CastOutcome c = cast(type.inner(), e);
            if (!c.ok && c.errorKeys.empty())
                return invalid();
            if (!c.ok) {
                // An element's own error keys (Ecto.Enum's) say where: source: [index | inner path].
                const Term index = Term::integer(qint64(items.size()));
                const auto source = std::find_if(c.errorKeys.begin(), c.errorKeys.end(),
                                                 [](const auto &p) { return p.first == QLatin1String("source"); });
                if (source == c.errorKeys.end()) {
                    c.errorKeys.emplace_back(QStringLiteral("source"), Term::list({index}));
                } else {
                    std::vector<Term> path = {index};
                    path.insert(path.end(), source->second.elements().begin(), source->second.elements().end());
                    source->second = Term::list(std::move(path));
                }
                return c;
            }
            items.push_back(c.value);
        }
        return ok(Term::list(std::move(items)));
    }
    case EctoType::Kind::Map: {
        if (!value.isMap())
            return invalid();
        std::vector<Term::Pair> pairs;
        for (const auto &[k, v] : value.pairs()) {
            const CastOutcome c = cast(type.inner(), v);
            if (!c.ok)
                return invalid();
            pairs.emplace_back(k, c.value);
        }
        return ok(Term::map(std::move(pairs)));
    }
    case EctoType::Kind::Enum:
        return castEnum(type, value);
    case EctoType::Kind::Custom:
        if (type.name() == QLatin1String("Ecto.UUID"))
            return castUuid(value);
        return invalid();
    case EctoType::Kind::Embedded:
    case EctoType::Kind::Invalid:
        return invalid();
    }
    return invalid();
}

bool TypeCaster::equal(const EctoType &type, const Term &a, const Term &b)
{
    if (a.isDecimal() && b.isDecimal())
        return a.decimalValue().compare(b.decimalValue()) == 0;
    Q_UNUSED(type);
    return a.looseEquals(b);
}

Term TypeCaster::typeTerm(const EctoType &type)
{
    switch (type.kind()) {
    case EctoType::Kind::Primitive:
        return Term::atom(type.name());
    case EctoType::Kind::Array:
        return Term::tuple({Term::atom(QStringLiteral("array")), typeTerm(type.inner())});
    case EctoType::Kind::Map:
        return Term::tuple({Term::atom(QStringLiteral("map")), typeTerm(type.inner())});
    case EctoType::Kind::Enum: {
        std::vector<Term> values;
        for (const EctoType::EnumValue &v : type.enumValues())
            values.push_back(Term::atom(v.atom));
        return Term::map({{Term::string(QStringLiteral("$enum")), Term::list(std::move(values))}});
    }
    case EctoType::Kind::Embedded:
    case EctoType::Kind::Custom:
    case EctoType::Kind::Invalid:
        return Term::atom(type.name());
    }
    return Term::nil();
}

} // namespace ectowb::changeset
