#include "biginteger.h"

#include <limits>

namespace ectowb {

namespace {

constexpr quint32 Base = 1000000000u; // 10^9: nine decimal digits a limb
constexpr int LimbDigits = 9;

// |INT64_MIN| as limbs, the largest magnitude an int64 holds (for negatives).
const std::vector<quint32> &int64MinMagnitude()
{
    static const std::vector<quint32> limbs = {854775808u, 223372036u, 9u};
    return limbs;
}

} // namespace

BigInteger BigInteger::make(bool negative, Limbs limbs)
{
    while (!limbs.empty() && limbs.back() == 0)
        limbs.pop_back();
    BigInteger out;
    out.m_negative = negative && !limbs.empty();
    out.m_limbs = std::move(limbs);
    return out;
}

BigInteger BigInteger::fromInt64(qint64 value)
{
    // Through an unsigned magnitude, so INT64_MIN does not overflow on negation.
    quint64 magnitude = value < 0 ? quint64(0) - quint64(value) : quint64(value);
    Limbs limbs;
    while (magnitude > 0) {
        limbs.push_back(quint32(magnitude % Base));
        magnitude /= Base;
    }
    return make(value < 0, std::move(limbs));
}

std::optional<BigInteger> BigInteger::parse(QStringView text)
{
    bool negative = false;
    if (!text.isEmpty() && (text.front() == u'+' || text.front() == u'-')) {
        negative = text.front() == u'-';
        text = text.mid(1);
    }
    if (text.isEmpty())
        return std::nullopt;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    Limbs limbs;
    // Nine digits at a time from the right end.
    for (qsizetype end = text.size(); end > 0; end -= LimbDigits) {
        const qsizetype start = std::max<qsizetype>(0, end - LimbDigits);
        quint32 limb = 0;
        for (qsizetype i = start; i < end; ++i)
            limb = limb * 10 + quint32(text[i].unicode() - u'0');
        limbs.push_back(limb);
    }
    return make(negative, std::move(limbs));
}

bool BigInteger::fitsInt64() const
{
    if (m_limbs.size() < 3)
        return true;
    const int cmp = compareMagnitude(m_limbs, int64MinMagnitude());
    // INT64_MIN's magnitude is one more than INT64_MAX's.
    return m_negative ? cmp <= 0 : cmp < 0;
}

qint64 BigInteger::toInt64() const
{
    if (!fitsInt64())
        return m_negative ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max();
    quint64 magnitude = 0;
    for (auto it = m_limbs.rbegin(); it != m_limbs.rend(); ++it)
        magnitude = magnitude * Base + *it;
    return m_negative ? qint64(quint64(0) - magnitude) : qint64(magnitude);
}

double BigInteger::toDouble() const
{
    double out = 0.0;
    for (auto it = m_limbs.rbegin(); it != m_limbs.rend(); ++it)
        out = out * Base + *it;
    return m_negative ? -out : out;
}

QString BigInteger::toString() const
{
    if (m_limbs.empty())
        return QStringLiteral("0");
    QString out = m_negative ? QStringLiteral("-") : QString();
    out += QString::number(m_limbs.back());
    for (auto it = m_limbs.rbegin() + 1; it != m_limbs.rend(); ++it)
        out += QStringLiteral("%1").arg(*it, LimbDigits, 10, QLatin1Char('0'));
    return out;
}

BigInteger BigInteger::negated() const
{
    return make(!m_negative, m_limbs);
}

int BigInteger::compareMagnitude(const Limbs &a, const Limbs &b)
{
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    for (size_t i = a.size(); i-- > 0;) {
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    }
    return 0;
}

BigInteger::Limbs BigInteger::addMagnitude(const Limbs &a, const Limbs &b)
{
    Limbs out;
    out.reserve(std::max(a.size(), b.size()) + 1);
    quint32 carry = 0;
    for (size_t i = 0; i < std::max(a.size(), b.size()); ++i) {
        const quint32 sum = (i < a.size() ? a[i] : 0) + (i < b.size() ? b[i] : 0) + carry;
        out.push_back(sum % Base);
        carry = sum / Base;
    }
    if (carry)
        out.push_back(carry);
    return out;
}

BigInteger::Limbs BigInteger::subtractMagnitude(const Limbs &larger, const Limbs &smaller)
{
    Limbs out;
    out.reserve(larger.size());
    qint64 borrow = 0;
    for (size_t i = 0; i < larger.size(); ++i) {
        qint64 diff = qint64(larger[i]) - (i < smaller.size() ? smaller[i] : 0) - borrow;
        borrow = diff < 0 ? 1 : 0;
        if (diff < 0)
            diff += Base;
        out.push_back(quint32(diff));
    }
    return out;
}

BigInteger BigInteger::operator+(const BigInteger &other) const
{
    if (m_negative == other.m_negative)
        return make(m_negative, addMagnitude(m_limbs, other.m_limbs));
    // Opposite signs: the larger magnitude wins the sign.
    const int cmp = compareMagnitude(m_limbs, other.m_limbs);
    if (cmp == 0)
        return BigInteger();
    return cmp > 0 ? make(m_negative, subtractMagnitude(m_limbs, other.m_limbs))
                   : make(other.m_negative, subtractMagnitude(other.m_limbs, m_limbs));
}

BigInteger BigInteger::operator-(const BigInteger &other) const
{
    return *this + other.negated();
}

BigInteger BigInteger::operator*(const BigInteger &other) const
{
    if (isZero() || other.isZero())
        return BigInteger();
    std::vector<quint64> acc(m_limbs.size() + other.m_limbs.size() + 1, 0);
    for (size_t i = 0; i < m_limbs.size(); ++i) {
        quint64 carry = 0;
        for (size_t j = 0; j < other.m_limbs.size(); ++j) {
            // < 10^18 + 10^9 + 10^9: fits 64 bits.
            const quint64 cur = acc[i + j] + quint64(m_limbs[i]) * other.m_limbs[j] + carry;
            acc[i + j] = cur % Base;
            carry = cur / Base;
        }
        for (size_t k = i + other.m_limbs.size(); carry; ++k) {
            const quint64 cur = acc[k] + carry;
            acc[k] = cur % Base;
            carry = cur / Base;
        }
    }
    Limbs limbs(acc.begin(), acc.end());
    return make(m_negative != other.m_negative, std::move(limbs));
}

int BigInteger::compare(const BigInteger &other) const
{
    if (m_negative != other.m_negative)
        return m_negative ? -1 : 1;
    const int cmp = compareMagnitude(m_limbs, other.m_limbs);
    return m_negative ? -cmp : cmp;
}

} // namespace ectowb
