#pragma once

#include <QString>

class QSyntaxHighlighter;
class QTextDocument;

namespace ectowb::widgets {

// Colours the files our own highlighter does not know (Markdown, HEEx, JSON, ...)
// with KSyntaxHighlighting when the build found KF6SyntaxHighlighting.
// Elixir and SQL always go through CodeHighlighter, which reads them the way
// the rest of the workbench does.
class FallbackHighlighting
{
public:
    static bool isAvailable();
    // Returns the highlighter now parented to `document`, or nullptr when
    // KSyntaxHighlighting is missing or has no definition for `fileName`.
    static QSyntaxHighlighter *attach(QTextDocument *document, const QString &fileName, bool dark);
};

} // namespace ectowb::widgets
