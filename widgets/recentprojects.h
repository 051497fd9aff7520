#pragma once

#include <QStringList>

namespace ectowb::widgets {

// The most recently opened project folders, newest first, kept in QSettings.
class RecentProjects
{
public:
    static constexpr int MaxCount = 8;

    static QStringList list();
    static void add(const QString &folder);
    static void remove(const QString &folder);
    static void clear();

private:
    static void store(const QStringList &folders);
};

} // namespace ectowb::widgets
