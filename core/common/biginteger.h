#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <cstdint>
#include <optional>
#include <vector>

namespace ectowb {

// An integer of any size, as Elixir's integers are: params like
// "99999999999999999999" cast to one, and arithmetic never wraps. Sign and
// magnitude; the magnitude in base 10^9 limbs, least significant first, so
// printing in decimal (what Elixir shows) needs no division of the whole number.
// Zero is never negative and has no limbs, so equal numbers have equal fields.
class BigInteger
{
public:
    BigInteger() = default; // 0
    static BigInteger fromInt64(qint64 value);
    // Integer.parse/1 that must consume everything: optional sign, then digits.
    static std::optional<BigInteger> parse(QStringView text);

    bool isZero() const { return m_limbs.empty(); }
    bool isNegative() const { return m_negative; }
    bool fitsInt64() const;
    // The value when fitsInt64(); otherwise the nearest bound.
    qint64 toInt64() const;
    double toDouble() const;
    QString toString() const;

    BigInteger negated() const;
    BigInteger operator+(const BigInteger &other) const;
    BigInteger operator-(const BigInteger &other) const;
    BigInteger operator*(const BigInteger &other) const;

    int compare(const BigInteger &other) const;
    bool operator==(const BigInteger &other) const = default;
    std::strong_ordering operator<=>(const BigInteger &other) const { return compare(other) <=> 0; }

private:
    using Limbs = std::vector<quint32>;
    static int compareMagnitude(const Limbs &a, const Limbs &b);
    static Limbs addMagnitude(const Limbs &a, const Limbs &b);
    static Limbs subtractMagnitude(const Limbs &larger, const Limbs &smaller);
    static BigInteger make(bool negative, Limbs limbs);

    bool m_negative = false;
    Limbs m_limbs;
};

} // namespace ectowb
