#include "value/termvalue.h"

#include "changeset/changesethost.h"

#include "interpreter/function.h"

namespace ectowb::value {

using interpreter::Value;

namespace {

Value atomValue(const char *name)
{
    return Value::atom(QString::fromLatin1(name));
}

Value calendar()
{
    return Value::atom(QStringLiteral("Elixir.Calendar.ISO"));
}

std::vector<Value::Pair> dateFields(QDate d)
{
    return {{atomValue("year"), Value::integer(d.year())},
            {atomValue("month"), Value::integer(d.month())},
            {atomValue("day"), Value::integer(d.day())}};
}

std::vector<Value::Pair> timeFields(const ClockTime &t)
{
    return {{atomValue("hour"), Value::integer(t.hour)},
            {atomValue("minute"), Value::integer(t.minute)},
            {atomValue("second"), Value::integer(t.second)},
            {atomValue("microsecond"), Value::tuple({Value::integer(t.microsecond), Value::integer(t.precision)})}};
}

qint64 intField(const Value &v, const char *name)
{
    const std::optional<Value> f = v.get(QString::fromLatin1(name));
    return f && f->isInteger() ? f->integerValue() : 0;
}

ClockTime timeFromStruct(const Value &v)
{
    ClockTime t{int(intField(v, "hour")), int(intField(v, "minute")), int(intField(v, "second")), 0, 0};
    if (const std::optional<Value> us = v.get(QStringLiteral("microsecond")); us && us->isTuple(2)) {
        t.microsecond = int(us->elements()[0].integerValue());
        t.precision = int(us->elements()[1].integerValue());
    }
    return t;
}

QDate dateFromStruct(const Value &v)
{
    return QDate(int(intField(v, "year")), int(intField(v, "month")), int(intField(v, "day")));
}

Result<Term> fromStruct(const Value &value)
{
    const QString name = value.structName();
    if (name == QLatin1String("Decimal")) {
        // The coefficient may pass 64 bits (Decimal.new("99999999999999999999.5")).
        const std::optional<Value> coef = value.get(QStringLiteral("coef"));
        const QString digits = coef && coef->isInteger() ? coef->bigIntegerValue().toString() : QStringLiteral("0");
        return Term::decimal(Decimal(int(intField(value, "sign")), digits.toLatin1(), intField(value, "exp")));
    }
    if (name == QLatin1String("Date"))
        return Term::date(dateFromStruct(value));
    if (name == QLatin1String("Time"))
        return Term::time(timeFromStruct(value));
    if (name == QLatin1String("NaiveDateTime"))
        return Term::naiveDateTime(dateFromStruct(value), timeFromStruct(value));
    if (name == QLatin1String("DateTime"))
        return Term::utcDateTime(dateFromStruct(value), timeFromStruct(value));
    if (value.isRegex())
        return Term::regex(value.regexSource(), value.regexModifiers());
    // Any other struct (an embedded schema's data) is the map it is in Elixir.
    std::vector<Term::Pair> pairs = {{Term::atom(QStringLiteral("__struct__")), Term::atom(name)}};
    for (const auto &[k, v] : value.pairs()) {
        Result<Term> field = TermValue::fromValue(v);
        if (!field)
            return field.failure();
        pairs.emplace_back(Term::atom(k.atomName()), *field);
    }
    return Term::map(std::move(pairs));
}

template<typename List>
Result<std::vector<Term>> fromValues(const List &values)
{
    std::vector<Term> out;
    out.reserve(values.size());
    for (const Value &v : values) {
        Result<Term> t = TermValue::fromValue(v);
        if (!t)
            return t.failure();
        out.push_back(*t);
    }
    return out;
}

} // namespace

Value TermValue::toValue(const Term &term)
{
    switch (term.kind()) {
    case Term::Kind::Atom:
        return Value::atom(term.text());
    case Term::Kind::Integer:
        return term.fitsInt64() ? Value::integer(term.integerValue()) : Value::integer(term.bigIntegerValue());
    case Term::Kind::Float:
        return Value::floating(term.floatValue());
    case Term::Kind::String:
        return Value::string(term.text());
    case Term::Kind::Binary:
        return Value::binary(term.bytes());
    case Term::Kind::Decimal: {
        const Decimal &d = term.decimalValue();
        return Value::structure(QStringLiteral("Decimal"), {{atomValue("sign"), Value::integer(d.sign())},
                                                            {atomValue("coef"), Value::integer(BigInteger::parse(QString::fromLatin1(d.coefficient())).value_or(BigInteger()))},
                                                            {atomValue("exp"), Value::integer(d.exponent())}});
    }
    case Term::Kind::Date: {
        auto fields = dateFields(term.dateValue());
        fields.emplace_back(atomValue("calendar"), calendar());
        return Value::structure(QStringLiteral("Date"), std::move(fields));
    }
    case Term::Kind::Time: {
        auto fields = timeFields(term.timeValue());
        fields.emplace_back(atomValue("calendar"), calendar());
        return Value::structure(QStringLiteral("Time"), std::move(fields));
    }
    case Term::Kind::NaiveDateTime:
    case Term::Kind::DateTime: {
        const bool utc = term.kind() == Term::Kind::DateTime;
        auto fields = dateFields(term.dateValue());
        for (auto &f : timeFields(term.timeValue()))
            fields.push_back(f);
        if (utc) {
            fields.emplace_back(atomValue("time_zone"), Value::string(QStringLiteral("Etc/UTC")));
            fields.emplace_back(atomValue("zone_abbr"), Value::string(QStringLiteral("UTC")));
            fields.emplace_back(atomValue("utc_offset"), Value::integer(0));
            fields.emplace_back(atomValue("std_offset"), Value::integer(0));
        }
        fields.emplace_back(atomValue("calendar"), calendar());
        return Value::structure(utc ? QStringLiteral("DateTime") : QStringLiteral("NaiveDateTime"), std::move(fields));
    }
    case Term::Kind::List:
    case Term::Kind::Tuple: {
        std::vector<Value> items;
        for (const Term &e : term.elements())
            items.push_back(toValue(e));
        return term.isList() ? Value::list(std::move(items)) : Value::tuple(std::move(items));
    }
    case Term::Kind::Map: {
        std::vector<Value::Pair> pairs;
        QString structName;
        for (const auto &[k, v] : term.pairs()) {
            if (k.isAtom(u"__struct__") && v.isAtom())
                structName = v.text();
            else
                pairs.emplace_back(toValue(k), toValue(v));
        }
        if (!structName.isEmpty())
            return Value::structure(structName, std::move(pairs));
        return Value::map(std::move(pairs));
    }
    case Term::Kind::Regex:
        return Value::regex(term.text(), term.regexModifiers());
    case Term::Kind::Changeset:
        return changeset::ChangesetHost::wrap(term.changesetValue());
    }
    return Value::nil();
}

Result<Term> TermValue::fromValue(const Value &value)
{
    switch (value.kind()) {
    case Value::Kind::Integer:
        return value.fitsInt64() ? Term::integer(value.integerValue()) : Term::integer(value.bigIntegerValue());
    case Value::Kind::Float:
        return Term::floating(value.floatValue());
    case Value::Kind::Atom:
        return Term::atom(value.atomName());
    case Value::Kind::Binary:
        return Term::binary(value.bytes());
    case Value::Kind::List:
    case Value::Kind::Tuple: {
        Result<std::vector<Term>> items = fromValues(value.elements());
        if (!items)
            return items.failure();
        return value.isList() ? Term::list(std::move(items.value())) : Term::tuple(std::move(items.value()));
    }
    case Value::Kind::Map: {
        std::vector<Term::Pair> pairs;
        for (const auto &[k, v] : value.pairs()) {
            Result<Term> key = fromValue(k);
            Result<Term> val = fromValue(v);
            if (!key || !val)
                return Error{key ? val.error() : key.error()};
            pairs.emplace_back(*key, *val);
        }
        return Term::map(std::move(pairs));
    }
    case Value::Kind::Struct:
    case Value::Kind::Regex:
        return fromStruct(value);
    case Value::Kind::Host:
        if (const changeset::Changeset *cs = changeset::ChangesetHost::unwrap(value))
            return Term::changeset(std::make_shared<const changeset::Changeset>(*cs));
        return Error{QStringLiteral("%1 cannot be used as data here").arg(value.inspect())};
    case Value::Kind::Function:
        // A named function reference (`&Ecto.Type.empty_trimmed_string?/1` in
        // empty_values) as {:&, module, name, arity}.
        if (const auto f = value.function(); f && f->kind == interpreter::FunctionData::Kind::Named && !f->module.isEmpty())
            return Term::tuple({Term::atom(QStringLiteral("&")), Term::atom(f->module), Term::atom(f->name),
                                Term::integer(f->arity)});
        return Error{QStringLiteral("%1 cannot be used as data here").arg(value.inspect())};
    }
    return Error{QStringLiteral("unknown value")};
}

} // namespace ectowb::value
