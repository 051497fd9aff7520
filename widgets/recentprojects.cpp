#include "recentprojects.h"

#include <QDir>
#include <QSettings>

namespace ectowb::widgets {

namespace {

const QString &key()
{
    static const QString name = QStringLiteral("recentProjects");
    return name;
}

} // namespace

QStringList RecentProjects::list()
{
    return QSettings().value(key()).toStringList();
}

void RecentProjects::add(const QString &folder)
{
    const QString path = QDir::cleanPath(QDir(folder).absolutePath());
    QStringList folders = list();
    folders.removeAll(path);
    folders.prepend(path);
    store(folders.mid(0, MaxCount));
}

void RecentProjects::remove(const QString &folder)
{
    QStringList folders = list();
    folders.removeAll(QDir::cleanPath(QDir(folder).absolutePath()));
    store(folders);
}

void RecentProjects::clear()
{
    store({});
}

void RecentProjects::store(const QStringList &folders)
{
    QSettings settings;
    settings.setValue(key(), folders);
}

} // namespace ectowb::widgets
