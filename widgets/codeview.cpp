#include "codeview.h"

#include "codehighlighter.h"
#include "fallbackhighlighting.h"
#include "linenumberarea.h"

#include <QFontDatabase>
#include <QPaintEvent>
#include <QPainter>
#include <QSyntaxHighlighter>
#include <QTextBlock>

namespace ectowb::widgets {

CodeView::CodeView(QWidget *parent) : QPlainTextEdit(parent), m_gutter(new LineNumberArea(this))
{
    setReadOnly(true);
    // Keyboard users can still move a caret and select text to copy.
    setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeView::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeView::updateGutter);
    updateGutterWidth();
}

void CodeView::setCode(const QString &text, CodeLanguage language, const QString &fileName)
{
    delete m_highlighter;
    m_highlighter = nullptr;
    delete m_fallback;
    m_fallback = nullptr;
    m_language = language;
    setPlainText(text);
    const CodePalette colours = CodePalette::forBackground(palette().color(QPalette::Base));
    if (language != CodeLanguage::Plain) {
        m_highlighter = new CodeHighlighter(language, document());
        m_highlighter->setPalette(colours);
    } else if (!fileName.isEmpty()) {
        m_fallback = FallbackHighlighting::attach(document(), fileName, colours.isDark());
    }
}

void CodeView::setPointSize(qreal pointSize)
{
    QFont code = font();
    code.setPointSizeF(pointSize);
    setFont(code);
    m_gutter->setFont(code);
    setTabStopDistance(QFontMetricsF(code).horizontalAdvance(u' ') * 2);
    updateGutterWidth();
}

int CodeView::lineNumberAreaWidth() const
{
    const int digits = int(QString::number(std::max(1, blockCount())).size());
    const QFontMetrics metrics(font());
    return metrics.horizontalAdvance(u'9') * std::max(3, digits) + metrics.averageCharWidth() * 2;
}

void CodeView::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    const QPalette &colours = palette();
    painter.fillRect(event->rect(), colours.color(QPalette::AlternateBase));
    painter.setFont(font());
    const int current = textCursor().blockNumber();
    const int right = m_gutter->width() - fontMetrics().averageCharWidth();
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            const bool isCurrent = block.blockNumber() == current && hasFocus();
            painter.setPen(colours.color(isCurrent ? QPalette::Text : QPalette::PlaceholderText));
            painter.drawText(0, top, right, fontMetrics().height(), Qt::AlignRight,
                             QString::number(block.blockNumber() + 1));
        }
        block = block.next();
        top += height;
    }
}

void CodeView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_gutter->setGeometry(QRect(area.left(), area.top(), lineNumberAreaWidth(), area.height()));
}

void CodeView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_highlighter)
        m_highlighter->setPalette(CodePalette::forBackground(palette().color(QPalette::Base)));
    if (event->type() == QEvent::FontChange)
        updateGutterWidth();
}

void CodeView::updateGutterWidth()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    const QRect area = contentsRect();
    m_gutter->setGeometry(QRect(area.left(), area.top(), lineNumberAreaWidth(), area.height()));
}

void CodeView::updateGutter(const QRect &rect, int dy)
{
    if (dy != 0)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
}

} // namespace ectowb::widgets
