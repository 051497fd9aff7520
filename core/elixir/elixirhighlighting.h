#pragma once

#include "highlight/highlightspan.h"

#include <QString>

namespace ectowb::elixir {

// Colours Elixir source for the code views. Built on the tokenizer in its
// recovering mode, so it never fails: unfinished strings, stray characters and
// half-typed code still get spans. Spans are in UTF-16 offsets of `text`, sorted,
// non-overlapping; adjacent tokens of one category are merged into one span.
class ElixirHighlighting
{
public:
    static ectowb::highlight::Spans spans(const QString &text);
};

} // namespace ectowb::elixir
