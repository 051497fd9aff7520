#include "validations.h"
#include "value/regexmodifiers.h"

#include "typecaster.h"

#include <QHash>
#include <QTextBoundaryFinder>

namespace ectowb::changeset {

using value::Decimal;
using value::Term;

namespace {

QString messageOption(const Term &options, const QString &fallback, QStringView key = u"message")
{
    const std::optional<Term> m = options.get(key);
    return m && m->isString() ? m->text() : fallback;
}

Term atom(const char *name)
{
    return Term::atom(QString::fromLatin1(name));
}

Result<const schema::Field *> checkField(const Changeset &cs, const QString &field)
{
    const schema::Field *f = cs.schema->field(field);
    if (!f)
        return Error{QStringLiteral("unknown field :%1 in %2").arg(field, cs.schema->module), QStringLiteral("ArgumentError")};
    return f;
}

// validate_change/4's frame: run only on a non-nil change, record the validation.
template<typename Check>
Result<Changeset> onChange(Changeset cs, const QString &field, const QString &name, Check check)
{
    Result<const schema::Field *> f = checkField(cs, field);
    if (!f)
        return f.failure();
    cs.validations.insert(cs.validations.begin(), {field, name});
    const std::optional<Term> value = cs.change(field);
    if (!value || value->isNil())
        return cs;
    Result<std::vector<ChangesetError>> errors = check(*value, **f);
    if (!errors)
        return errors.failure();
    cs.addErrors(std::move(errors.value()));
    return cs;
}

struct LengthMessages
{
    const char *is;
    const char *min;
    const char *max;
};

LengthMessages lengthMessages(const QString &type)
{
    if (type == QLatin1String("string"))
        return {"should be %{count} character(s)", "should be at least %{count} character(s)",
                "should be at most %{count} character(s)"};
    if (type == QLatin1String("binary"))
        return {"should be %{count} byte(s)", "should be at least %{count} byte(s)",
                "should be at most %{count} byte(s)"};
    return {"should have %{count} item(s)", "should have at least %{count} item(s)",
            "should have at most %{count} item(s)"};
}

// {type, length} as validate_length measures the value.
std::optional<std::pair<QString, qint64>> measure(const Term &value, const QString &count)
{
    if (value.isString()) {
        if (count == QLatin1String("codepoints"))
            return std::make_pair(QStringLiteral("string"), qint64(value.text().toUcs4().size()));
        if (count == QLatin1String("bytes"))
            return std::make_pair(QStringLiteral("binary"), qint64(value.text().toUtf8().size()));
        return std::make_pair(QStringLiteral("string"), qint64(Validations::graphemeCount(value.text())));
    }
    if (value.isList())
        return std::make_pair(QStringLiteral("list"), qint64(value.elements().size()));
    if (value.isMap())
        return std::make_pair(QStringLiteral("map"), qint64(value.pairs().size()));
    return std::nullopt;
}

struct NumberSpec
{
    const char *key;
    const char *message;
};

const NumberSpec numberSpecs[] = {
    {"less_than", "must be less than %{number}"},
    {"greater_than", "must be greater than %{number}"},
    {"less_than_or_equal_to", "must be less than or equal to %{number}"},
    {"greater_than_or_equal_to", "must be greater than or equal to %{number}"},
    {"equal_to", "must be equal to %{number}"},
    {"not_equal_to", "must be not equal to %{number}"},
};

bool numberHolds(const QString &kind, int cmp)
{
    if (kind == QLatin1String("less_than"))
        return cmp < 0;
    if (kind == QLatin1String("greater_than"))
        return cmp > 0;
    if (kind == QLatin1String("less_than_or_equal_to"))
        return cmp <= 0;
    if (kind == QLatin1String("greater_than_or_equal_to"))
        return cmp >= 0;
    if (kind == QLatin1String("equal_to"))
        return cmp == 0;
    return cmp != 0;
}

std::optional<Decimal> asDecimal(const Term &t)
{
    if (t.isDecimal())
        return t.decimalValue();
    if (t.isInteger())
        return Decimal::fromInteger(t.bigIntegerValue());
    if (t.isFloat())
        return Decimal::fromFloat(t.floatValue());
    return std::nullopt;
}

// One option of validate_number: an error, or nothing when it holds.
Result<std::optional<ChangesetError>> checkNumber(const QString &field, const Term &value, const QString &kind,
                                                   Term bound, const QString &message)
{
    int cmp = 0;
    if (value.isDecimal()) {
        const std::optional<Decimal> b = asDecimal(bound);
        if (!b)
            return Error{QStringLiteral("expected option `%1` to be a number").arg(kind), QStringLiteral("ArgumentError")};
        cmp = value.decimalValue().compare(*b);
        bound = Term::decimal(*b); // Ecto compares, and reports, Decimals on decimal fields
    } else {
        if (!bound.isNumber())
            return Error{QStringLiteral("expected option `%1` to be a number").arg(kind), QStringLiteral("ArgumentError")};
        const double a = value.numberValue();
        const double b = bound.numberValue();
        // Integers compare exactly at any size; a double would round 2^63 + 1.
        if (value.isInteger() && bound.isInteger())
            cmp = value.bigIntegerValue().compare(bound.bigIntegerValue());
        else
            cmp = a < b ? -1 : (a > b ? 1 : 0);
    }
    if (numberHolds(kind, cmp))
        return std::optional<ChangesetError>();
    return std::optional<ChangesetError>(ChangesetError{
        field, message, {{QStringLiteral("validation"), atom("number")}, {QStringLiteral("kind"), Term::atom(kind)},
                         {QStringLiteral("number"), bound}}});
}

// `element in first..last//step`: integers only, as Elixir's Range.
bool inRange(const Term &range, const Term &element)
{
    const auto get = [&](const char *key) { return range.mapGet(Term::atom(QString::fromLatin1(key))).value_or(Term::nil()); };
    const Term first = get("first");
    const Term last = get("last");
    const Term step = get("step");
    if (!element.isInteger() || !first.isInteger() || !last.isInteger())
        return false;
    const qint64 by = step.isInteger() && step.integerValue() != 0 ? step.integerValue() : 1;
    const qint64 e = element.integerValue();
    const bool within = by > 0 ? (e >= first.integerValue() && e <= last.integerValue())
                               : (e <= first.integerValue() && e >= last.integerValue());
    return within && (e - first.integerValue()) % by == 0;
}

bool includes(const Term &values, const Term &element)
{
    if (values.isMap() && values.mapGet(Term::atom(QStringLiteral("__struct__"))) == Term::atom(QStringLiteral("Range")))
        return inRange(values, element);
    if (!values.isList())
        return false;
    return std::any_of(values.elements().begin(), values.elements().end(),
                       [&](const Term &v) { return v == element; });
}

// Ecto.Type.cast(:boolean, value) == {:ok, true}
bool accepted(const std::optional<Term> &value)
{
    if (!value)
        return false;
    return value->isTrue() || (value->isString() && (value->text() == QLatin1String("true") || value->text() == QLatin1String("1")));
}

} // namespace

int Validations::graphemeCount(const QString &text)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    int count = 0;
    while (finder.toNextBoundary() != -1)
        ++count;
    return count;
}

QRegularExpression Validations::compile(const Term &regex)
{
    // No cache: compiling one format pattern costs microseconds, and a process-wide
    // table of every pattern ever typed would be global mutable state.
    return QRegularExpression(regex.text(), value::regexPatternOptions(regex.regexModifiers()));
}

Result<Changeset> Validations::required(Changeset cs, const QStringList &fields, const Term &options)
{
    const QString message = messageOption(options, QStringLiteral("can't be blank"));
    std::vector<ChangesetError> missing;
    for (const QString &field : fields) {
        const Term value = cs.field(field);
        const bool blank = value.isNil() || (value.isString() && value.text().isEmpty());
        if (blank && !cs.hasError(field))
            missing.push_back(ChangesetError{field, message, {{QStringLiteral("validation"), atom("required")}}});
    }
    cs.required = fields + cs.required;
    // Ecto drops the blank changes of the fields it reports ("   " cast to nil).
    for (const ChangesetError &e : missing)
        cs.deleteChange(e.field);
    cs.addErrors(std::move(missing));
    return cs;
}

Result<Changeset> Validations::format(Changeset cs, const QString &field, const Term &regex, const Term &options)
{
    if (!regex.isRegex())
        return Error{QStringLiteral("validate_format/4 expects a regex"), QStringLiteral("ArgumentError")};
    const QString message = messageOption(options, QStringLiteral("has invalid format"));
    const QRegularExpression re = compile(regex);
    return onChange(std::move(cs), field, QStringLiteral("format"),
                    [&](const Term &value, const schema::Field &) -> Result<std::vector<ChangesetError>> {
                        if (!value.isString())
                            return Error{QStringLiteral("=~ needs a string"), QStringLiteral("FunctionClauseError")};
                        if (re.match(value.text()).hasMatch())
                            return std::vector<ChangesetError>();
                        return std::vector<ChangesetError>{{field, message, {{QStringLiteral("validation"), atom("format")}}}};
                    });
}

Result<Changeset> Validations::length(Changeset cs, const QString &field, const Term &options)
{
    const std::optional<Term> countOpt = options.get(u"count");
    const QString count = countOpt ? countOpt->text() : QStringLiteral("graphemes");
    return onChange(std::move(cs), field, QStringLiteral("length"),
                    [&](const Term &value, const schema::Field &) -> Result<std::vector<ChangesetError>> {
                        const auto measured = measure(value, count);
                        if (!measured)
                            return Error{QStringLiteral("validate_length/3 on a value without length"), QStringLiteral("FunctionClauseError")};
                        const auto &[type, length] = *measured;
                        const LengthMessages texts = lengthMessages(type);
                        // Ecto checks :is, then :min, then :max, whatever the written order.
                        const std::pair<const char *, const char *> kinds[] = {{"is", texts.is}, {"min", texts.min}, {"max", texts.max}};
                        for (const auto &[kind, text] : kinds) {
                            const std::optional<Term> bound = options.get(QString::fromLatin1(kind));
                            if (!bound || !bound->isInteger())
                                continue;
                            const qint64 n = bound->integerValue();
                            const bool fails = kind[0] == 'i' ? length != n : (kind[1] == 'i' ? length < n : length > n);
                            if (!fails)
                                continue;
                            return std::vector<ChangesetError>{{field, messageOption(options, QString::fromLatin1(text)),
                                                                {{QStringLiteral("count"), *bound},
                                                                 {QStringLiteral("validation"), atom("length")},
                                                                 {QStringLiteral("kind"), atom(kind)},
                                                                 {QStringLiteral("type"), Term::atom(type)}}}};
                        }
                        return std::vector<ChangesetError>();
                    });
}

Result<Changeset> Validations::number(Changeset cs, const QString &field, const Term &options)
{
    const std::optional<Term> custom = options.get(u"message");
    return onChange(std::move(cs), field, QStringLiteral("number"),
                    [&](const Term &value, const schema::Field &) -> Result<std::vector<ChangesetError>> {
                        if (!value.isNumber() && !value.isDecimal())
                            return Error{QStringLiteral("expected field `%1` to be a decimal, integer, or float").arg(field), QStringLiteral("ArgumentError")};
                        // The first failing option, in the order written.
                        for (const Term &option : options.elements()) {
                            const QString kind = option.elements()[0].text();
                            if (kind == QLatin1String("message"))
                                continue;
                            const auto spec = std::find_if(std::begin(numberSpecs), std::end(numberSpecs),
                                                           [&](const NumberSpec &s) { return kind == QLatin1String(s.key); });
                            if (spec == std::end(numberSpecs))
                                return Error{QStringLiteral("unknown option :%1 given to validate_number/3").arg(kind), QStringLiteral("ArgumentError")};
                            const QString message = custom && custom->isString() ? custom->text() : QString::fromLatin1(spec->message);
                            Result<std::optional<ChangesetError>> r = checkNumber(field, value, kind, option.elements()[1], message);
                            if (!r)
                                return r.failure();
                            if (*r)
                                return std::vector<ChangesetError>{**r};
                        }
                        return std::vector<ChangesetError>();
                    });
}

Result<Changeset> Validations::membership(Changeset cs, const QString &kind, const QString &field, const Term &values,
                                          const Term &options)
{
    const bool subset = kind == QLatin1String("subset");
    const QString fallback = kind == QLatin1String("exclusion") ? QStringLiteral("is reserved")
                             : subset                           ? QStringLiteral("has an invalid entry")
                                                                : QStringLiteral("is invalid");
    const QString message = messageOption(options, fallback);
    return onChange(std::move(cs), field, kind,
                    [&](const Term &value, const schema::Field &) -> Result<std::vector<ChangesetError>> {
                        bool fails = false;
                        if (subset) {
                            if (!value.isList())
                                return Error{QStringLiteral("validate_subset/4 needs an array field"), QStringLiteral("ArgumentError")};
                            fails = std::any_of(value.elements().begin(), value.elements().end(),
                                                [&](const Term &e) { return !includes(values, e); });
                        } else {
                            fails = includes(values, value) == (kind == QLatin1String("exclusion"));
                        }
                        if (!fails)
                            return std::vector<ChangesetError>();
                        return std::vector<ChangesetError>{{field, message,
                                                            {{QStringLiteral("validation"), Term::atom(kind)},
                                                             {QStringLiteral("enum"), values}}}};
                    });
}

Result<Changeset> Validations::acceptance(Changeset cs, const QString &field, const Term &options)
{
    cs.validations.insert(cs.validations.begin(), {field, QStringLiteral("acceptance")});
    if (cs.params.isNil())
        return cs;
    if (!accepted(cs.params.get(field)))
        cs.addErrors({{field, messageOption(options, QStringLiteral("must be accepted")),
                       {{QStringLiteral("validation"), atom("acceptance")}}}});
    return cs;
}

// Ecto 3.13 compares the raw params whether or not the field changed: a
// confirmation that differs is an error even when the field kept its value.
Result<Changeset> Validations::confirmation(Changeset cs, const QString &field, const Term &options)
{
    Result<const schema::Field *> f = checkField(cs, field);
    if (!f)
        return f.failure();
    cs.validations.insert(cs.validations.begin(), {field, QStringLiteral("confirmation")});
    const QString confirmField = field + QStringLiteral("_confirmation");
    const Term params = cs.params.isMap() ? cs.params : Term::map({});
    const std::optional<Term> confirmation = params.mapGet(Term::string(confirmField));
    std::vector<ChangesetError> errors;
    if (!confirmation) {
        const std::optional<Term> required = options.get(u"required");
        if (required && required->isTrue())
            errors.push_back({confirmField, messageOption(options, QStringLiteral("can't be blank"), u"required_message"),
                              {{QStringLiteral("validation"), atom("required")}}});
    } else if (params.mapGet(Term::string(field)).value_or(Term::nil()) != *confirmation) {
        errors.push_back({confirmField, messageOption(options, QStringLiteral("does not match confirmation")),
                          {{QStringLiteral("validation"), atom("confirmation")}}});
    }
    cs.addErrors(std::move(errors));
    return cs;
}

Changeset Validations::addCustomErrors(Changeset cs, const QString &field, const QString &metadata,
                                       std::vector<ChangesetError> errors)
{
    if (!metadata.isEmpty())
        cs.validations.insert(cs.validations.begin(), {field, metadata});
    cs.addErrors(std::move(errors));
    return cs;
}

} // namespace ectowb::changeset
