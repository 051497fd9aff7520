#pragma once

#include <QStringList>

class QCoreApplication;

namespace ectowb::widgets {

// Installs the application's translations and Qt's own (standard dialogs).
class TranslationLoader
{
public:
    static QStringList supportedLanguages();  // "en", "de", "fr"
    // `language` is one of supportedLanguages(), or empty to follow the system
    // locale. Replaces translators installed before. Returns the language in use.
    static QString install(QCoreApplication *app, const QString &language);
};

} // namespace ectowb::widgets
