#include "fallbackhighlighting.h"

#include <QTextDocument>

#ifdef ECTOWB_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace ectowb::widgets {

bool FallbackHighlighting::isAvailable()
{
#ifdef ECTOWB_HAVE_KSYNTAXHIGHLIGHTING
    return true;
#else
    return false;
#endif
}

QSyntaxHighlighter *FallbackHighlighting::attach(QTextDocument *document, const QString &fileName, bool dark)
{
#ifdef ECTOWB_HAVE_KSYNTAXHIGHLIGHTING
    // Loading the definitions is slow; one repository serves every view.
    static KSyntaxHighlighting::Repository repository;
    const KSyntaxHighlighting::Definition definition = repository.definitionForFileName(fileName);
    if (!definition.isValid())
        return nullptr;
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
    highlighter->setTheme(repository.defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                       : KSyntaxHighlighting::Repository::LightTheme));
    highlighter->setDefinition(definition);
    return highlighter;
#else
    Q_UNUSED(document);
    Q_UNUSED(fileName);
    Q_UNUSED(dark);
    return nullptr;
#endif
}

} // namespace ectowb::widgets
