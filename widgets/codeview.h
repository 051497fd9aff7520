#pragma once

#include "codelanguage.h"

#include <QPlainTextEdit>

class QSyntaxHighlighter;

namespace ectowb::widgets {

class CodeHighlighter;
class LineNumberArea;

// A read-only source view with line numbers and syntax colouring.
class CodeView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CodeView(QWidget *parent = nullptr);

    // `fileName` picks a KSyntaxHighlighting definition for Plain files, when available.
    void setCode(const QString &text, CodeLanguage language, const QString &fileName = {});
    CodeLanguage language() const { return m_language; }
    CodeHighlighter *highlighter() const { return m_highlighter; }

    void setPointSize(qreal pointSize);
    qreal pointSize() const { return font().pointSizeF(); }

    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);

    LineNumberArea *m_gutter;
    CodeHighlighter *m_highlighter = nullptr;
    QSyntaxHighlighter *m_fallback = nullptr;
    CodeLanguage m_language = CodeLanguage::Plain;
};

} // namespace ectowb::widgets
