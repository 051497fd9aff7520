#pragma once

#include <QSet>
#include <QString>

namespace ectowb::common {

// The set of whitespace-separated words in `words`. Long tables of names (Kernel's
// imports, SQL's reading statements, operators) are written as one raw string that
// reads like the list in the docs they come from, not as one literal per name.
QSet<QString> wordSet(QStringView words);

} // namespace ectowb::common
