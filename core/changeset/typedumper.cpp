#include "typedumper.h"

#include "value/termvalue.h"

namespace ectowb::changeset {

using value::ClockTime;
using value::Term;
using value::TermValue;

using schema::EctoType;

namespace {

bool isTemporal(const Term &value)
{
    switch (value.kind()) {
    case Term::Kind::Date:
    case Term::Kind::Time:
    case Term::Kind::NaiveDateTime:
    case Term::Kind::DateTime:
        return true;
    default:
        return false;
    }
}

// check_no_usec!/2 and check_usec!/2: a seconds type refuses any fraction, even
// ".000"; a _usec type wants the microsecond precision (6 digits).
Result<bool> precision(const QString &type, const Term &value)
{
    const ClockTime t = value.timeValue();
    const bool usec = type.endsWith(u"_usec");
    if (!usec && (t.microsecond != 0 || t.precision != 0))
        return Error{QStringLiteral(":%1 expects microseconds to be empty, got: %2")
                         .arg(type, TermValue::toValue(value).inspect()), QStringLiteral("ArgumentError")};
    if (usec && t.precision != 6)
        return Error{QStringLiteral(":%1 expects microsecond precision, got: %2")
                         .arg(type, TermValue::toValue(value).inspect()), QStringLiteral("ArgumentError")};
    return true;
}

Result<bool> primitive(const QString &t, const Term &value)
{
    if (t == u"integer" || t == u"id")
        return value.isInteger();
    if (t == u"float")
        return value.isFloat();
    if (t == u"boolean")
        return value.isBoolean();
    if (t == u"string" || t == u"binary" || t == u"binary_id" || t == u"bitstring")
        return value.isBitstring();
    if (t == u"map") // is_map/1: structs, dates and Decimals are maps too
        return value.isMap() || value.isDecimal() || isTemporal(value);
    if (t == u"decimal")
        return value.isDecimal() || value.isNumber();
    if (t == u"date")
        return value.kind() == Term::Kind::Date;
    if (t == u"time" || t == u"time_usec")
        return value.kind() == Term::Kind::Time ? precision(t, value) : Result<bool>(false);
    if (t.startsWith(u"naive_datetime"))
        return value.kind() == Term::Kind::NaiveDateTime ? precision(t, value) : Result<bool>(false);
    if (t.startsWith(u"utc_datetime"))
        return value.kind() == Term::Kind::DateTime ? precision(t, value) : Result<bool>(false);
    return true; // :any, :duration and types the workbench does not model
}

} // namespace

Result<bool> TypeDumper::matches(const EctoType &type, const Term &value)
{
    if (value.isNil())
        return true;
    switch (type.kind()) {
    case EctoType::Kind::Primitive:
        return primitive(type.name(), value);
    case EctoType::Kind::Array:
    case EctoType::Kind::Map: {
        const bool array = type.kind() == EctoType::Kind::Array;
        if (array ? !value.isList() : !value.isMap())
            return false;
        std::vector<Term> items;
        if (array)
            items = value.elements();
        else
            for (const auto &[k, v] : value.pairs())
                items.push_back(v);
        for (const Term &e : items) {
            Result<bool> m = matches(type.inner(), e);
            if (!m || !*m)
                return m;
        }
        return true;
    }
    case EctoType::Kind::Enum:
        // Ecto.Enum.dump/3: only one of its atoms
        if (!value.isAtom())
            return false;
        for (const EctoType::EnumValue &v : type.enumValues()) {
            if (v.atom == value.text())
                return true;
        }
        return false;
    case EctoType::Kind::Invalid:
    case EctoType::Kind::Embedded:
    case EctoType::Kind::Custom:
        return true; // dumped by code the workbench cannot run
    }
    return true;
}

} // namespace ectowb::changeset
