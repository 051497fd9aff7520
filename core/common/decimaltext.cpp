#include "decimaltext.h"

namespace ectowb {

QString DecimalText::scientific(int sign, QStringView digits, qint64 exponent)
{
    const qint64 length = digits.size();
    const qint64 adjusted = exponent + length - 1;
    QString out = digits.toString();
    if (exponent == 0) {
        // the coefficient as it is
    } else if (exponent < 0 && adjusted >= -6) {
        // Plain notation down to 1E-7: zeros pad the front when the point
        // falls before the first digit.
        const qint64 diff = -exponent + 1 - length;
        if (diff > 0) {
            out.prepend(QString(diff, QLatin1Char('0')));
            out.insert(1, QLatin1Char('.'));
        } else {
            out.insert(length + exponent, QLatin1Char('.'));
        }
    } else {
        if (length > 1)
            out.insert(1, QLatin1Char('.'));
        out += QLatin1Char('E');
        if (exponent >= 0)
            out += QLatin1Char('+');
        out += QString::number(adjusted);
    }
    return sign < 0 ? QLatin1Char('-') + out : out;
}

QString DecimalText::nan(int sign)
{
    return sign < 0 ? QStringLiteral("-NaN") : QStringLiteral("NaN");
}

QString DecimalText::infinity(int sign)
{
    return sign < 0 ? QStringLiteral("-Infinity") : QStringLiteral("Infinity");
}

QString DecimalText::inspect(const QString &toStringText)
{
    return QStringLiteral("Decimal.new(\"") + toStringText + QStringLiteral("\")");
}

} // namespace ectowb
