#include "databasedescription.h"

#include <QDir>

namespace ectowb::widgets {

QString DatabaseDescription::describe(const db::ConnectionSettings &settings)
{
    if (settings.dialect == db::Dialect::Sqlite)
        return tr("SQLite %1").arg(homeAbbreviated(settings.database));
    return tr("PostgreSQL %1").arg(settings.redacted());
}

QString DatabaseDescription::homeAbbreviated(const QString &path)
{
    const QString home = QDir::toNativeSeparators(QDir::homePath());
    const QString native = QDir::toNativeSeparators(path);
    return native.startsWith(home % QDir::separator()) ? QString(u'~' % native.mid(home.size())) : native;
}

} // namespace ectowb::widgets
