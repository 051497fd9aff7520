#include "codelanguage.h"

namespace ectowb::widgets {

CodeLanguage languageForFile(const QString &fileName)
{
    if (fileName.endsWith(u".ex") || fileName.endsWith(u".exs") || fileName.endsWith(u"mix.lock"))
        return CodeLanguage::Elixir;
    if (fileName.endsWith(u".sql", Qt::CaseInsensitive))
        return CodeLanguage::Sql;
    return CodeLanguage::Plain;
}

} // namespace ectowb::widgets
