#pragma once

#include "codelanguage.h"
#include "codepalette.h"

#include "highlight/highlightspan.h"

#include <QSyntaxHighlighter>

namespace ectowb::widgets {

// Colours Elixir or SQL in a QTextDocument. Spans are computed for the whole
// document at once, because a heredoc or a block comment opened on one line
// decides the colour of the lines after it; each block then takes its share.
class CodeHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    CodeHighlighter(CodeLanguage language, QTextDocument *document);

    CodeLanguage language() const { return m_language; }
    void setPalette(const CodePalette &palette);
    const CodePalette &palette() const { return m_palette; }

    static highlight::Spans spansFor(CodeLanguage language, const QString &text);

protected:
    void highlightBlock(const QString &text) override;

private:
    void refreshSpans();

    CodeLanguage m_language;
    CodePalette m_palette;
    highlight::Spans m_spans;
    bool m_stale = true;
    int m_generation = 0;
};

} // namespace ectowb::widgets
