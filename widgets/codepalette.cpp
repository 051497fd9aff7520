#include "codepalette.h"

namespace ectowb::widgets {

using highlight::Category;

CodePalette CodePalette::forBackground(const QColor &background)
{
    return CodePalette(background.lightness() < 128);
}

QTextCharFormat CodePalette::format(Category category) const
{
    QTextCharFormat format;
    const QColor foreground = colour(category);
    if (foreground.isValid())
        format.setForeground(foreground);
    if (category == Category::Keyword)
        format.setFontWeight(QFont::Bold);
    if (category == Category::Comment)
        format.setFontItalic(true);
    if (category == Category::Error)
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    return format;
}

// An invalid colour keeps the view's own text colour (plain text, names, punctuation).
QColor CodePalette::colour(Category category) const
{
    switch (category) {
    case Category::Plain:
    case Category::Identifier:
    case Category::Punctuation:
        return {};
    case Category::Keyword: return m_dark ? QColor(0xc6, 0x78, 0xdd) : QColor(0x8b, 0x1f, 0xa9);
    case Category::Function: return m_dark ? QColor(0x61, 0xaf, 0xef) : QColor(0x1a, 0x5f, 0xb4);
    case Category::Alias: return m_dark ? QColor(0xe5, 0xc0, 0x7b) : QColor(0x98, 0x5e, 0x00);
    case Category::Atom: return m_dark ? QColor(0x56, 0xb6, 0xc2) : QColor(0x00, 0x7a, 0x87);
    case Category::String: return m_dark ? QColor(0x98, 0xc3, 0x79) : QColor(0x2e, 0x7d, 0x32);
    case Category::QuotedName: return m_dark ? QColor(0xe0, 0x9b, 0x6a) : QColor(0xa3, 0x4a, 0x00);
    case Category::Number: return m_dark ? QColor(0xd1, 0x9a, 0x66) : QColor(0xb5, 0x3d, 0x00);
    case Category::Comment: return m_dark ? QColor(0x8a, 0x93, 0xa3) : QColor(0x6a, 0x73, 0x7d);
    case Category::Operator: return m_dark ? QColor(0xab, 0xb2, 0xbf) : QColor(0x4a, 0x4a, 0x4a);
    case Category::Attribute: return m_dark ? QColor(0xef, 0x8f, 0x8f) : QColor(0xb0, 0x27, 0x27);
    case Category::Sigil: return m_dark ? QColor(0xd7, 0x9e, 0xe0) : QColor(0x7a, 0x3e, 0x9d);
    case Category::Parameter: return m_dark ? QColor(0xf0, 0xa3, 0x5e) : QColor(0xc2, 0x18, 0x5b);
    case Category::Error: return m_dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xd3, 0x00, 0x00);
    }
    return {};
}

} // namespace ectowb::widgets
