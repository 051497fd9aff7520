#include "valuetext.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QTime>

#include <cmath>

namespace ectowb::runner {

namespace {

QString timeText(QTime time)
{
    return time.toString(time.msec() ? QStringLiteral("HH:mm:ss.zzz") : QStringLiteral("HH:mm:ss"));
}

QString dateTimeText(const QDateTime &dateTime)
{
    QString text = dateTime.date().toString(Qt::ISODate) + QLatin1Char('T') + timeText(dateTime.time());
    if (dateTime.timeSpec() == Qt::UTC)
        text += QLatin1Char('Z');
    else if (dateTime.timeSpec() == Qt::OffsetFromUTC)
        text += dateTime.toString(QStringLiteral("t"));
    return text;
}

bool isJsonNumber(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"));
    return number.match(text).hasMatch();
}

} // namespace

bool ValueText::isNumeric(QMetaType type)
{
    switch (type.id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

QString ValueText::text(const QVariant &value)
{
    if (isNull(value))
        return QString();
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::Float:
        return QString::number(value.toFloat(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QTime:
        return timeText(value.toTime());
    case QMetaType::QDateTime:
        return dateTimeText(value.toDateTime());
    case QMetaType::QByteArray:
        return QStringLiteral("\\x") + QString::fromLatin1(value.toByteArray().toHex());
    default:
        return value.toString();
    }
}

void ValueText::appendJsonString(QByteArray &out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out += hex[(c >> 4) & 0xf];
                out += hex[c & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void ValueText::appendJson(QByteArray &out, const QVariant &value, QMetaType columnType)
{
    if (isNull(value)) {
        out += "null";
        return;
    }
    const int type = value.metaType().id();
    if (isNumeric(value.metaType()) && type != QMetaType::Double && type != QMetaType::Float) {
        out += value.toString().toLatin1(); // an integer
        return;
    }
    switch (type) {
    case QMetaType::Bool:
        out += value.toBool() ? "true" : "false";
        return;
    case QMetaType::Double:
    case QMetaType::Float: {
        const double number = value.toDouble();
        // JSON has no NaN or infinity: those stay text, as PostgreSQL spells them.
        if (std::isfinite(number))
            out += text(value).toLatin1();
        else
            appendJsonString(out, std::isnan(number) ? u"NaN" : (number > 0 ? u"Infinity" : u"-Infinity"));
        return;
    }
    case QMetaType::QString:
        if (isNumeric(columnType)) {
            const QString digits = value.toString();
            if (isJsonNumber(digits)) {
                out += digits.toLatin1();
                return;
            }
        }
        appendJsonString(out, value.toString());
        return;
    default:
        appendJsonString(out, text(value));
    }
}

} // namespace ectowb::runner
