#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ectowb::widgets {

namespace {

const QString &translatorTag()
{
    static const QString tag = QStringLiteral("ectowbTranslator");
    return tag;
}

void removeInstalled(QCoreApplication *app)
{
    const auto translators = app->findChildren<QTranslator *>(translatorTag(), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

bool load(QCoreApplication *app, const QLocale &locale, const QString &name, const QString &folder)
{
    auto *translator = new QTranslator(app);
    translator->setObjectName(translatorTag());
    if (!translator->load(locale, name, QStringLiteral("_"), folder) || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    return true;
}

// The first supported language the user's system asks for; English otherwise.
QString systemLanguage()
{
    for (const QString &wanted : QLocale::system().uiLanguages()) {
        const QString language = wanted.section(u'-', 0, 0).toLower();
        if (TranslationLoader::supportedLanguages().contains(language))
            return language;
    }
    return QStringLiteral("en");
}

} // namespace

QStringList TranslationLoader::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString TranslationLoader::install(QCoreApplication *app, const QString &language)
{
    removeInstalled(app);
    const QString chosen = language.isEmpty() ? systemLanguage() : language;
    if (chosen == u"en" || !supportedLanguages().contains(chosen)) {
        // English source strings are right as they are, but for their plural forms.
        load(app, QLocale(QLocale::English), QStringLiteral("ecto_workbench"), QStringLiteral(":/i18n"));
        return QStringLiteral("en");
    }
    const QLocale locale(chosen);
    load(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (!load(app, locale, QStringLiteral("ecto_workbench"), QStringLiteral(":/i18n")))
        return QStringLiteral("en");
    return chosen;
}

} // namespace ectowb::widgets
