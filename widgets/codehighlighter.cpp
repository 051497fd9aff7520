#include "codehighlighter.h"

#include "elixir/elixirhighlighting.h"
#include "sql/sqlhighlighting.h"

#include <QGuiApplication>
#include <QPalette>
#include <QTextDocument>

#include <algorithm>

namespace ectowb::widgets {

CodeHighlighter::CodeHighlighter(CodeLanguage language, QTextDocument *document)
    : QSyntaxHighlighter(static_cast<QObject *>(document))
    , m_language(language)
    , m_palette(CodePalette::forBackground(QGuiApplication::palette().color(QPalette::Base)))
{
    // Connected before setDocument() so the spans are marked stale before the
    // base class re-highlights the edited blocks.
    connect(document, &QTextDocument::contentsChange, this, [this] { m_stale = true; });
    setDocument(document);
}

void CodeHighlighter::setPalette(const CodePalette &palette)
{
    m_palette = palette;
    rehighlight();
}

highlight::Spans CodeHighlighter::spansFor(CodeLanguage language, const QString &text)
{
    switch (language) {
    case CodeLanguage::Sql:
        return sql::SqlHighlighting::spans(text);
    case CodeLanguage::Elixir:
        return elixir::ElixirHighlighting::spans(text);
    case CodeLanguage::Plain:
        return {};
    }
    return {};
}

void CodeHighlighter::refreshSpans()
{
    m_spans = spansFor(m_language, document()->toPlainText());
    std::sort(m_spans.begin(), m_spans.end(),
              [](const highlight::Span &a, const highlight::Span &b) { return a.start < b.start; });
    m_stale = false;
    ++m_generation;
}

void CodeHighlighter::highlightBlock(const QString &text)
{
    if (m_stale)
        refreshSpans();
    // A new generation differs from every block's stored state, so after an edit
    // the base class goes on re-highlighting down to the end of the document.
    setCurrentBlockState(m_generation);
    const int blockStart = currentBlock().position();
    const int blockEnd = blockStart + int(text.size());
    auto span = std::lower_bound(m_spans.cbegin(), m_spans.cend(), blockStart,
                                 [](const highlight::Span &s, int pos) { return s.start + s.length <= pos; });
    for (; span != m_spans.cend() && span->start < blockEnd; ++span) {
        if (span->category == highlight::Category::Plain)
            continue;
        const int from = std::max(span->start, blockStart);
        const int to = std::min(span->start + span->length, blockEnd);
        if (to > from)
            setFormat(from - blockStart, to - from, m_palette.format(span->category));
    }
}

} // namespace ectowb::widgets
