#pragma once

#include <QRegularExpression>
#include <QStringView>

namespace ectowb::value {

// The QRegularExpression options of an Elixir regex's modifiers (~r/.../imsxuU).
// f (firstline) and o have no QRegularExpression flag and are ignored.
QRegularExpression::PatternOptions regexPatternOptions(QStringView modifiers);

} // namespace ectowb::value
