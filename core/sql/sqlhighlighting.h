#pragma once

#include "highlight/highlightspan.h"

#include <QString>

namespace ectowb::sql {

// SQL text as coloured spans, for the code views and the composer's SQL preview.
class SqlHighlighting
{
public:
    static highlight::Spans spans(const QString &text);
};

} // namespace ectowb::sql
