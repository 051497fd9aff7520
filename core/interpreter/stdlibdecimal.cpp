// Decimal (the decimal library's %Decimal{sign, coef, exp}) for the arithmetic
// changesets and queries do with it; coefficients fit in 64 bits here.
#include "stdlib.h"

#include "valueformat.h"

#include <QRegularExpression>

namespace ectowb::interpreter {

static QString S(const char *s)
{
    return QString::fromLatin1(s);
}

struct Dec
{
    int sign = 1;
    qint64 coef = 0;
    qint64 exp = 0;
};

static Value toValue(const Dec &d)
{
    return Value::structure(S("Decimal"), {{atomValue("sign"), Value::integer(d.sign)},
                                           {atomValue("coef"), Value::integer(d.coef)},
                                           {atomValue("exp"), Value::integer(d.exp)}});
}

static std::optional<Dec> parse(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^([-+]?)(\\d*)(?:\\.(\\d*))?(?:[eE]([-+]?\\d+))?$"));
    auto m = re.match(text.trimmed());
    if (!m.hasMatch() || (m.captured(2).isEmpty() && m.captured(3).isEmpty()))
        return std::nullopt;
    Dec d;
    d.sign = m.captured(1) == u"-" ? -1 : 1;
    const QString digits = m.captured(2) + m.captured(3);
    bool ok = false;
    d.coef = digits.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    d.exp = m.captured(4).toLongLong() - m.captured(3).size();
    return d;
}

static std::optional<Dec> fromValue(const Value &v)
{
    if (v.isStruct(u"Decimal"))
        return Dec{int(v.get(S("sign"))->integerValue()), v.get(S("coef"))->integerValue(),
                   v.get(S("exp"))->integerValue()};
    if (v.isInteger())
        return Dec{v.integerValue() < 0 ? -1 : 1, std::abs(v.integerValue()), 0};
    if (v.isBinary())
        return parse(v.text());
    if (v.isFloat())
        return parse(formatFloat(v.floatValue()));
    return std::nullopt;
}

// Brings both to the smaller exponent; false on overflow.
static bool align(Dec &a, Dec &b)
{
    while (a.exp > b.exp) {
        if (__builtin_mul_overflow(a.coef, qint64(10), &a.coef))
            return false;
        --a.exp;
    }
    while (b.exp > a.exp) {
        if (__builtin_mul_overflow(b.coef, qint64(10), &b.coef))
            return false;
        --b.exp;
    }
    return true;
}

static Result<Value> addDecimals(const Args &a, bool subtract)
{
    auto x = fromValue(a[0]);
    auto y = fromValue(a[1]);
    if (!x || !y)
        return Error{S("invalid decimal"), QStringLiteral("Decimal.Error")};
    if (subtract)
        y->sign = -y->sign;
    if (!align(*x, *y))
        return Error{S("Decimal too large for the interpreter")};
    const qint64 sum = x->sign * x->coef + y->sign * y->coef;
    return toValue(Dec{sum < 0 ? -1 : 1, std::abs(sum), x->exp});
}

static int compareDec(Dec x, Dec y)
{
    if (!align(x, y))
        return 0;
    const qint64 a = x.sign * x.coef;
    const qint64 b = y.sign * y.coef;
    return a < b ? -1 : a > b ? 1 : 0;
}

__extension__ typedef __int128 Int128; // exact 10^n scales for rounding

// Whether Decimal.round/3 drops `rest` (below `scale`) rounding away from zero.
static bool roundsUp(const QString &mode, int sign, qint64 kept, Int128 rest, Int128 scale)
{
    if (rest == 0)
        return false;
    const Int128 twice = rest * 2;
    if (mode == u"half_up")
        return twice >= scale;
    if (mode == u"half_down")
        return twice > scale;
    if (mode == u"half_even")
        return twice > scale || (twice == scale && kept % 2 == 1);
    if (mode == u"up")
        return true;
    if (mode == u"ceiling")
        return sign > 0;
    if (mode == u"floor")
        return sign < 0;
    return false; // down
}

// Decimal.round/3: the result always has exponent -places ("5" to 2 places is "5.00").
static Result<Value> roundDecimal(const Args &a)
{
    auto x = fromValue(a[0]);
    if (!x || (a.size() > 1 && !a[1].isInteger()))
        return noClause("Decimal.round", a);
    const qint64 target = a.size() > 1 ? -a[1].integerValue() : 0;
    const QString mode = a.size() > 2 && a[2].isAtom() ? a[2].atomName() : S("half_up");
    Dec out{x->sign, x->coef, target};
    if (x->exp > target) {
        for (qint64 i = x->exp; i > target; --i) {
            if (__builtin_mul_overflow(out.coef, qint64(10), &out.coef))
                return Error{S("Decimal too large for the interpreter")};
        }
    } else if (x->exp < target) {
        const qint64 drop = target - x->exp;
        // 10^drop in 128 bits; past 10^37 every coefficient is below half of it.
        Int128 scale = Int128(1) << 126;
        if (drop <= 37) {
            scale = 1;
            for (qint64 i = 0; i < drop; ++i)
                scale *= 10;
        }
        const qint64 kept = qint64(Int128(x->coef) / scale);
        const Int128 rest = Int128(x->coef) % scale;
        out.coef = kept + (roundsUp(mode, x->sign, kept, rest, scale) ? 1 : 0);
    }
    return toValue(out);
}

void registerDecimal(HostFunctions &f)
{
    const QString m = S("Decimal");
    f.add(m, S("new"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        auto d = fromValue(a[0]);
        if (!d || a[0].isFloat())
            return Error{QStringLiteral(": number parsing syntax: ") + a[0].inspect(), QStringLiteral("Decimal.Error")};
        return toValue(*d);
    });
    f.add(m, S("from_float"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        auto d = fromValue(a[0]);
        if (!d)
            return noClause("Decimal.from_float", a);
        return toValue(*d);
    });
    for (int arity : {1, 2, 3})
        f.add(m, S("round"), arity, [](const Args &a, Interpreter &) { return roundDecimal(a); });
    f.add(m, S("abs"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        auto x = fromValue(a[0]);
        if (!x || !a[0].isStruct(u"Decimal"))
            return noClause("Decimal.abs", a);
        return toValue(Dec{1, x->coef, x->exp});
    });
    f.add(m, S("negative?"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        auto x = fromValue(a[0]);
        if (!x || !a[0].isStruct(u"Decimal"))
            return noClause("Decimal.negative?", a);
        return Value::boolean(x->sign < 0 && x->coef != 0);
    });
    f.add(m, S("positive?"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        auto x = fromValue(a[0]);
        if (!x || !a[0].isStruct(u"Decimal"))
            return noClause("Decimal.positive?", a);
        return Value::boolean(x->sign > 0 && x->coef != 0);
    });
    f.add(m, S("add"), 2, [](const Args &a, Interpreter &) { return addDecimals(a, false); });
    f.add(m, S("sub"), 2, [](const Args &a, Interpreter &) { return addDecimals(a, true); });
    f.add(m, S("mult"), 2, [](const Args &a, Interpreter &) -> Result<Value> {
        auto x = fromValue(a[0]);
        auto y = fromValue(a[1]);
        if (!x || !y)
            return Error{S("invalid decimal"), QStringLiteral("Decimal.Error")};
        qint64 coef = 0;
        if (__builtin_mul_overflow(x->coef, y->coef, &coef))
            return Error{S("Decimal too large for the interpreter")};
        return toValue(Dec{x->sign * y->sign, coef, x->exp + y->exp});
    });
    f.add(m, S("compare"), 2, [](const Args &a, Interpreter &) -> Result<Value> {
        auto x = fromValue(a[0]);
        auto y = fromValue(a[1]);
        if (!x || !y)
            return Error{S("invalid decimal"), QStringLiteral("Decimal.Error")};
        const int c = compareDec(*x, *y);
        return atomValue(c < 0 ? "lt" : c > 0 ? "gt" : "eq");
    });
    f.add(m, S("equal?"), 2, [](const Args &a, Interpreter &) -> Result<Value> {
        auto x = fromValue(a[0]);
        auto y = fromValue(a[1]);
        return Value::boolean(x && y && compareDec(*x, *y) == 0);
    });
    f.add(m, S("to_string"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        // A struct prints as String.Chars does: big coefficients, NaN and Infinity included.
        if (a[0].isStruct(u"Decimal"))
            return Value::string(*structToString(a[0]));
        auto x = fromValue(a[0]);
        if (!x)
            return noClause("Decimal.to_string", a);
        return Value::string(decimalToString(x->sign, x->coef, x->exp));
    });
    f.add(m, S("to_float"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        auto x = fromValue(a[0]);
        if (!x)
            return noClause("Decimal.to_float", a);
        return Value::floating(decimalToString(x->sign, x->coef, x->exp).toDouble());
    });
}

} // namespace ectowb::interpreter
