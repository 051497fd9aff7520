#pragma once

#include "common/biginteger.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ectowb::value {

// The part of the Decimal library (2.x) that casting and validate_number need:
// an exact sign/coefficient/exponent triple. The coefficient is kept as decimal
// digits so any length a form sends stays exact.
class Decimal
{
public:
    Decimal() = default;
    Decimal(int sign, QByteArray coefficient, qint64 exponent);

    // Decimal.parse/1 on the whole input ("1.50", "-2e3", ".5"); nothing for a
    // partial parse, inf or NaN (Ecto's cast refuses those).
    static std::optional<Decimal> parse(QByteArrayView text);
    static Decimal fromInteger(qint64 value);
    // Decimal.new/1 on an integer of any size.
    static Decimal fromInteger(const BigInteger &value);
    // Decimal.from_float/1: the shortest round-tripping digits of the float,
    // as Erlang writes them ("100.0" keeps its trailing zero: exponent -1).
    static std::optional<Decimal> fromFloat(double value);

    int sign() const { return m_sign; }
    QByteArray coefficient() const { return m_coef; }
    qint64 exponent() const { return m_exp; }

    // Decimal.to_string/1 (:scientific): "1.50", "5", "1E+1", "-0".
    QString toString() const;
    // Decimal.compare/2 by value: -1, 0, 1 (0.50 == 0.5, -0 == 0).
    int compare(const Decimal &other) const;
    double toDouble() const;
    bool operator==(const Decimal &other) const
    {
        return m_sign == other.m_sign && m_coef == other.m_coef && m_exp == other.m_exp;
    }

private:
    int m_sign = 1;
    QByteArray m_coef = QByteArrayLiteral("0");
    qint64 m_exp = 0;
};

// Float.to_string/1: Erlang's shortest form ("100.0", "1.0e3", "0.0001", "1.2e-4").
QString shortestFloatText(double value);

} // namespace ectowb::value
