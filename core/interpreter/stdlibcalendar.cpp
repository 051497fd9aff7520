// Date, Time, NaiveDateTime, DateTime (UTC only) and Decimal as plain structs.
#include "stdlib.h"

#include "valueformat.h"

#include <QDate>
#include <QRegularExpression>

namespace ectowb::interpreter {

static QString S(const char *s)
{
    return QString::fromLatin1(s);
}

static Value calendarIso()
{
    return Value::atom(S("Elixir.Calendar.ISO"));
}

static Value intField(const char *name, qint64 v)
{
    return Value::integer(v);
    Q_UNUSED(name);
}

struct Clock
{
    qint64 hour = 0, minute = 0, second = 0, micro = 0, precision = 0;
};

static std::vector<Value::Pair> dateFields(qint64 y, qint64 m, qint64 d)
{
    return {{atomValue("year"), intField("year", y)},
            {atomValue("month"), Value::integer(m)},
            {atomValue("day"), Value::integer(d)},
            {atomValue("calendar"), calendarIso()}};
}

static std::vector<Value::Pair> timeFields(const Clock &c)
{
    return {{atomValue("hour"), Value::integer(c.hour)},
            {atomValue("minute"), Value::integer(c.minute)},
            {atomValue("second"), Value::integer(c.second)},
            {atomValue("microsecond"), Value::tuple({Value::integer(c.micro), Value::integer(c.precision)})}};
}

static Value makeDate(qint64 y, qint64 m, qint64 d)
{
    return Value::structure(S("Date"), dateFields(y, m, d));
}

static Value makeTime(const Clock &c)
{
    auto f = timeFields(c);
    f.emplace_back(atomValue("calendar"), calendarIso());
    return Value::structure(S("Time"), f);
}

static Value makeNaive(qint64 y, qint64 m, qint64 d, const Clock &c)
{
    auto f = dateFields(y, m, d);
    f.pop_back();
    for (auto &p : timeFields(c))
        f.push_back(p);
    f.emplace_back(atomValue("calendar"), calendarIso());
    return Value::structure(S("NaiveDateTime"), f);
}

static Value makeUtc(qint64 y, qint64 m, qint64 d, const Clock &c)
{
    auto f = makeNaive(y, m, d, c).pairs();
    f.emplace_back(atomValue("time_zone"), Value::string(S("Etc/UTC")));
    f.emplace_back(atomValue("zone_abbr"), Value::string(S("UTC")));
    f.emplace_back(atomValue("utc_offset"), Value::integer(0));
    f.emplace_back(atomValue("std_offset"), Value::integer(0));
    return Value::structure(S("DateTime"), f);
}

static qint64 get(const Value &v, const char *name)
{
    auto f = v.get(S(name));
    return f && f->isInteger() ? f->integerValue() : 0;
}

static Clock clockOf(const Value &v)
{
    Clock c{get(v, "hour"), get(v, "minute"), get(v, "second"), 0, 0};
    if (auto m = v.get(S("microsecond")); m && m->isTuple(2)) {
        c.micro = m->elements()[0].integerValue();
        c.precision = m->elements()[1].integerValue();
    }
    return c;
}

static bool validDate(qint64 y, qint64 m, qint64 d)
{
    return QDate::isValid(int(y), int(m), int(d));
}

static bool validClock(const Clock &c)
{
    return c.hour >= 0 && c.hour < 24 && c.minute >= 0 && c.minute < 60 && c.second >= 0 && c.second < 60;
}

static const QString kDate = QStringLiteral("(-?\\d{4})-(\\d{2})-(\\d{2})");
static const QString kTime = QStringLiteral("(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,6}))?");

static Clock clockFrom(const QRegularExpressionMatch &m, int first)
{
    Clock c{m.captured(first).toLongLong(), m.captured(first + 1).toLongLong(), m.captured(first + 2).toLongLong(), 0, 0};
    const QString fraction = m.captured(first + 3);
    if (!fraction.isEmpty()) {
        c.precision = fraction.size();
        c.micro = fraction.leftJustified(6, u'0').toLongLong();
    }
    return c;
}

static Result<Value> parseIso(const QString &module, const QString &text)
{
    const Value invalidFormat = errorTuple(atomValue("invalid_format"));
    if (module == u"Date") {
        static const QRegularExpression re(u'^' + kDate + u'$');
        auto m = re.match(text);
        if (!m.hasMatch())
            return invalidFormat;
        const qint64 y = m.captured(1).toLongLong(), mo = m.captured(2).toLongLong(), d = m.captured(3).toLongLong();
        return validDate(y, mo, d) ? ok(makeDate(y, mo, d)) : errorTuple(atomValue("invalid_date"));
    }
    if (module == u"Time") {
        static const QRegularExpression re(u'^' + kTime + u'$');
        auto m = re.match(text);
        if (!m.hasMatch())
            return invalidFormat;
        const Clock c = clockFrom(m, 1);
        return validClock(c) ? ok(makeTime(c)) : errorTuple(atomValue("invalid_time"));
    }
    static const QRegularExpression re(u'^' + kDate + u"[T ]" + kTime + u"(Z|[+-]\\d{2}:\\d{2})?$");
    auto m = re.match(text);
    if (!m.hasMatch())
        return invalidFormat;
    const qint64 y = m.captured(1).toLongLong(), mo = m.captured(2).toLongLong(), d = m.captured(3).toLongLong();
    const Clock c = clockFrom(m, 4);
    if (!validDate(y, mo, d))
        return errorTuple(atomValue("invalid_date"));
    if (!validClock(c))
        return errorTuple(atomValue("invalid_time"));
    if (module == u"NaiveDateTime")
        return ok(makeNaive(y, mo, d, c));
    if (m.captured(8).isEmpty())
        return errorTuple(atomValue("missing_offset"));
    if (m.captured(8) != u"Z" && m.captured(8) != u"+00:00" && m.captured(8) != u"-00:00")
        return Error{S("DateTime with a non-UTC offset is not supported by the interpreter")};
    return Value::tuple({atomValue("ok"), makeUtc(y, mo, d, c), Value::integer(0)});
}

static void registerConstructors(HostFunctions &f)
{
    f.add(S("Date"), S("new"), 3, [](const Args &a, Interpreter &) -> Result<Value> {
        if (!validDate(a[0].integerValue(), a[1].integerValue(), a[2].integerValue()))
            return errorTuple(atomValue("invalid_date"));
        return ok(makeDate(a[0].integerValue(), a[1].integerValue(), a[2].integerValue()));
    });
    f.add(S("Time"), S("new"), 3, [](const Args &a, Interpreter &) -> Result<Value> {
        const Clock c{a[0].integerValue(), a[1].integerValue(), a[2].integerValue(), 0, 0};
        return validClock(c) ? ok(makeTime(c)) : errorTuple(atomValue("invalid_time"));
    });
    f.add(S("NaiveDateTime"), S("new"), 6, [](const Args &a, Interpreter &) -> Result<Value> {
        const Clock c{a[3].integerValue(), a[4].integerValue(), a[5].integerValue(), 0, 0};
        if (!validDate(a[0].integerValue(), a[1].integerValue(), a[2].integerValue()))
            return errorTuple(atomValue("invalid_date"));
        if (!validClock(c))
            return errorTuple(atomValue("invalid_time"));
        return ok(makeNaive(a[0].integerValue(), a[1].integerValue(), a[2].integerValue(), c));
    });
    f.add(S("NaiveDateTime"), S("new"), 2, [](const Args &a, Interpreter &) -> Result<Value> {
        return ok(makeNaive(get(a[0], "year"), get(a[0], "month"), get(a[0], "day"), clockOf(a[1])));
    });
    f.add(S("DateTime"), S("new"), 2, [](const Args &a, Interpreter &) -> Result<Value> {
        return ok(makeUtc(get(a[0], "year"), get(a[0], "month"), get(a[0], "day"), clockOf(a[1])));
    });
    f.add(S("DateTime"), S("new"), 3, [](const Args &a, Interpreter &) -> Result<Value> {
        if (!a[2].isBinary() || a[2].text() != u"Etc/UTC")
            return Error{S("DateTime with a time zone other than Etc/UTC is not supported by the interpreter")};
        return ok(makeUtc(get(a[0], "year"), get(a[0], "month"), get(a[0], "day"), clockOf(a[1])));
    });
    f.add(S("DateTime"), S("from_naive"), 2, [](const Args &a, Interpreter &) -> Result<Value> {
        if (!a[1].isBinary() || a[1].text() != u"Etc/UTC")
            return Error{S("DateTime with a time zone other than Etc/UTC is not supported by the interpreter")};
        return ok(makeUtc(get(a[0], "year"), get(a[0], "month"), get(a[0], "day"), clockOf(a[0])));
    });
}

static void registerIso(HostFunctions &f)
{
    for (const char *module : {"Date", "Time", "NaiveDateTime", "DateTime"}) {
        const QString m = S(module);
        f.add(m, S("from_iso8601"), 1, [m](const Args &a, Interpreter &) -> Result<Value> {
            if (!a[0].isBinary())
                return noClause("from_iso8601", a);
            return parseIso(m, a[0].text());
        });
        f.add(m, S("from_iso8601!"), 1, [m](const Args &a, Interpreter &) -> Result<Value> {
            Result<Value> r = parseIso(m, a[0].text());
            if (!r)
                return r;
            if (!r->elements()[0].isAtom(u"ok"))
                return argumentError(QStringLiteral("cannot parse %1 as %2, reason: %3")
                                         .arg(a[0].inspect(), m.toLower(), r->elements()[1].inspect()));
            return r->elements()[1];
        });
        f.add(m, S("to_iso8601"), 1, [m](const Args &a, Interpreter &) -> Result<Value> {
            if (!a[0].isStruct(m))
                return noClause("to_iso8601", a);
            QString text = *structToString(a[0]);
            if (m == u"NaiveDateTime" || m == u"DateTime")
                text[10] = u'T';
            return Value::string(text);
        });
        f.add(m, S("to_string"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
            auto s = structToString(a[0]);
            return s ? Result<Value>(Value::string(*s)) : Result<Value>(noClause("to_string", a));
        });
        f.add(m, S("compare"), 2, [](const Args &a, Interpreter &) -> Result<Value> {
            // same-shaped structs: compare the fields from the largest unit down
            for (const char *field : {"year", "month", "day", "hour", "minute", "second"}) {
                const qint64 x = get(a[0], field);
                const qint64 y = get(a[1], field);
                if (x != y)
                    return atomValue(x < y ? "lt" : "gt");
            }
            const qint64 x = clockOf(a[0]).micro;
            const qint64 y = clockOf(a[1]).micro;
            return atomValue(x < y ? "lt" : x > y ? "gt" : "eq");
        });
    }
}

void registerDecimal(HostFunctions &f);

void registerCalendar(HostFunctions &f)
{
    registerConstructors(f);
    registerIso(f);
    registerDecimal(f);
}

} // namespace ectowb::interpreter
