#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QVariant>

namespace ectowb::runner {

// How a value of a result reads as text: in the grid, in CSV and TSV, and as JSON.
// The forms are the ones the databases print (ISO 8601 dates, `\x...` bytes,
// `true`/`false`), so a copied value pastes back into SQL.
class ValueText
{
public:
    static bool isNull(const QVariant &value) { return !value.isValid() || value.isNull(); }
    // NULL is an empty string here; the callers show it their own way.
    static QString text(const QVariant &value);
    // Appends `value` as a JSON value: numbers, booleans and null as JSON's own, an
    // exact numeric (text in a Double column) as the number it spells, the rest as
    // strings of text().
    static void appendJson(QByteArray &out, const QVariant &value, QMetaType columnType);
    static void appendJsonString(QByteArray &out, QStringView text);
    static bool isNumeric(QMetaType type);
};

} // namespace ectowb::runner
