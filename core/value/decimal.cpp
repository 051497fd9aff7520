#include "value/decimal.h"

#include "common/decimaltext.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace ectowb::value {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

QByteArray takeDigits(QByteArrayView text, qsizetype &pos)
{
    const qsizetype start = pos;
    while (pos < text.size() && isDigit(text[pos]))
        ++pos;
    return text.sliced(start, pos - start).toByteArray();
}

QByteArray stripLeadingZeros(QByteArray digits)
{
    qsizetype i = 0;
    while (i + 1 < digits.size() && digits[i] == '0')
        ++i;
    return digits.mid(i);
}

bool isZero(const QByteArray &digits)
{
    return std::all_of(digits.begin(), digits.end(), [](char c) { return c == '0'; });
}

// Compares two unsigned magnitudes coef * 10^exp exactly, by padding both to the
// smaller exponent.
int compareMagnitudes(QByteArray a, qint64 ea, QByteArray b, qint64 eb)
{
    const qint64 common = std::min(ea, eb);
    if (ea - common > 4096 || eb - common > 4096) // absurd spreads: fall back to doubles
        return 0;
    a.append(QByteArray(ea - common, '0'));
    b.append(QByteArray(eb - common, '0'));
    a = stripLeadingZeros(a);
    b = stripLeadingZeros(b);
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    const int c = a.compare(b);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

} // namespace

Decimal::Decimal(int sign, QByteArray coefficient, qint64 exponent)
    : m_sign(sign < 0 ? -1 : 1), m_coef(stripLeadingZeros(std::move(coefficient))), m_exp(exponent)
{
    if (m_coef.isEmpty())
        m_coef = QByteArrayLiteral("0");
}

std::optional<Decimal> Decimal::parse(QByteArrayView text)
{
    qsizetype pos = 0;
    int sign = 1;
    if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) {
        sign = text[pos] == '-' ? -1 : 1;
        ++pos;
    }
    const QByteArray intDigits = takeDigits(text, pos);
    QByteArray fraction;
    if (pos < text.size() && text[pos] == '.') {
        ++pos;
        fraction = takeDigits(text, pos);
    }
    if (intDigits.isEmpty() && fraction.isEmpty())
        return std::nullopt;
    qint64 exp = 0;
    if (pos < text.size() && (text[pos] == 'e' || text[pos] == 'E')) {
        ++pos;
        int expSign = 1;
        if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) {
            expSign = text[pos] == '-' ? -1 : 1;
            ++pos;
        }
        const QByteArray expDigits = takeDigits(text, pos);
        if (expDigits.isEmpty() || expDigits.size() > 12)
            return std::nullopt;
        exp = expSign * expDigits.toLongLong();
    }
    if (pos != text.size())
        return std::nullopt;
    return Decimal(sign, (intDigits.isEmpty() ? QByteArrayLiteral("0") : intDigits) + fraction,
                   exp - fraction.size());
}

Decimal Decimal::fromInteger(qint64 value)
{
    // Through unsigned arithmetic so the minimum qint64 has a magnitude too.
    const quint64 magnitude = value < 0 ? quint64(0) - quint64(value) : quint64(value);
    return Decimal(value < 0 ? -1 : 1, QByteArray::number(magnitude), 0);
}

Decimal Decimal::fromInteger(const BigInteger &value)
{
    QString digits = value.toString();
    if (value.isNegative())
        digits.remove(0, 1); // the sign goes to its own field
    return Decimal(value.isNegative() ? -1 : 1, digits.toLatin1(), 0);
}

std::optional<Decimal> Decimal::fromFloat(double value)
{
    if (!std::isfinite(value))
        return std::nullopt;
    return parse(shortestFloatText(value).toLatin1());
}

QString shortestFloatText(double value)
{
    // Erlang (io_lib_format:fwrite_g/1, so Float.to_string/1 and Jason): the shortest
    // round-tripping digits, written plain or in scientific form, whichever is
    // shorter, plain on a tie; both forms always carry a fraction digit.
    const QString sci = QString::number(value, 'e', QLocale::FloatingPointShortest);
    const qsizetype e = sci.indexOf(QLatin1Char('e'));
    QString mantissa = sci.left(e);
    const qint64 exp10 = sci.mid(e + 1).toLongLong();
    const bool negative = mantissa.startsWith(QLatin1Char('-'));
    if (negative)
        mantissa.remove(0, 1);
    const QString digits = QString(mantissa).remove(QLatin1Char('.'));
    const qint64 n = digits.size();
    QString plain;
    if (exp10 >= 0) {
        if (n <= exp10 + 1)
            plain = digits + QString(exp10 + 1 - n, QLatin1Char('0')) + QStringLiteral(".0");
        else
            plain = digits.left(exp10 + 1) + QLatin1Char('.') + digits.mid(exp10 + 1);
    } else {
        plain = QStringLiteral("0.") + QString(-exp10 - 1, QLatin1Char('0')) + digits;
    }
    const QString scientific = digits.left(1) + QLatin1Char('.') + (n > 1 ? digits.mid(1) : QStringLiteral("0"))
        + QLatin1Char('e') + QString::number(exp10);
    const QString &best = plain.size() <= scientific.size() ? plain : scientific;
    return negative ? QLatin1Char('-') + best : best;
}

QString Decimal::toString() const
{
    return DecimalText::scientific(m_sign, QString::fromLatin1(m_coef), m_exp);
}

int Decimal::compare(const Decimal &other) const
{
    const bool zeroA = isZero(m_coef);
    const bool zeroB = isZero(other.m_coef);
    const int signA = zeroA ? 0 : m_sign;
    const int signB = zeroB ? 0 : other.m_sign;
    if (signA != signB)
        return signA < signB ? -1 : 1;
    if (signA == 0)
        return 0;
    const int magnitude = compareMagnitudes(m_coef, m_exp, other.m_coef, other.m_exp);
    return signA > 0 ? magnitude : -magnitude;
}

double Decimal::toDouble() const
{
    return m_sign * QByteArray(m_coef + 'e' + QByteArray::number(m_exp)).toDouble();
}

} // namespace ectowb::value
