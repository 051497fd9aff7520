#pragma once

#include <QString>
#include <QStringView>

namespace ectowb {

// The text forms of Decimal 2.x's %Decimal{sign, coef, exp}, in one place for
// both the value core (value::Decimal) and the interpreter's %Decimal{} structs,
// so Decimal.to_string/1, String.Chars and inspect can never disagree.
class DecimalText
{
public:
    // Decimal.to_string(d, :scientific) of a finite decimal, the coefficient
    // given as its decimal digits: "1.50", "5", "1E+3", "1E-7", "-0".
    static QString scientific(int sign, QStringView digits, qint64 exponent);
    // The special coefficients :NaN and :inf: "NaN", "-NaN", "Infinity", "-Infinity".
    static QString nan(int sign);
    static QString infinity(int sign);
    // Decimal 2.x's Inspect: Decimal.new("<to_string>"), so what IEx shows
    // can be pasted back as code (Decimal 1.x printed #Decimal<...>).
    static QString inspect(const QString &toStringText);
};

} // namespace ectowb
