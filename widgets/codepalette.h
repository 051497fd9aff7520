#pragma once

#include "highlight/highlightspan.h"

#include <QColor>
#include <QTextCharFormat>

namespace ectowb::widgets {

// Text formats per highlight category. There are two sets of colours, picked by
// the lightness of the background they are drawn on, so code stays readable in
// light and dark desktop themes alike.
class CodePalette
{
public:
    static CodePalette forBackground(const QColor &background);

    bool isDark() const { return m_dark; }
    QTextCharFormat format(highlight::Category category) const;

private:
    explicit CodePalette(bool dark) : m_dark(dark) {}

    QColor colour(highlight::Category category) const;

    bool m_dark = false;
};

} // namespace ectowb::widgets
