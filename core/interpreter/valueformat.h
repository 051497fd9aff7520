#pragma once

#include "value.h"

#include <QString>

#include <optional>

// Printing helpers shared by Value::inspect(), Value::toString() and the
// standard library (Float.to_string, Date.to_iso8601...). Internal.
namespace ectowb::interpreter {

QString formatFloat(double value);
QString inspectAtom(const QString &name);
QString inspectKey(const QString &name);
QString inspectBinary(const QByteArray &bytes);
bool isPrintableBinary(const QByteArray &bytes);
QString inspectPairs(const std::vector<Value::Pair> &pairs);
QString inspectStruct(const Value &value);
QString inspectFunction(const Value &value);
// String.Chars of Date, Time, NaiveDateTime, DateTime, Decimal; nothing for others.
std::optional<QString> structToString(const Value &value);
// The type name Protocol.UndefinedError gives: "Tuple", "Map", "Foo (a struct)".
QString typeNameOf(const Value &value);
// Decimal.to_string(d, :scientific) of sign, coefficient and exponent.
QString decimalToString(int sign, qint64 coefficient, qint64 exponent);

} // namespace ectowb::interpreter
