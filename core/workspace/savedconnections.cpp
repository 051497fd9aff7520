#include "savedconnections.h"

#include <QCryptographicHash>
#include <QSettings>
#include <QUrl>

namespace ectowb::workspace {

namespace {

bool hasPassword(const QString &url)
{
    const QUrl parsed(url);
    return parsed.isValid() && !parsed.password().isEmpty();
}

} // namespace

SavedConnections::SavedConnections(const QString &projectFolder)
{
    const QByteArray key = QCryptographicHash::hash(projectFolder.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    m_group = QStringLiteral("connections/") + QString::fromLatin1(key);
}

QList<SavedConnections::Entry> SavedConnections::entries() const
{
    QSettings settings;
    const int count = settings.beginReadArray(m_group);
    QList<Entry> list;
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        list.append({settings.value(QStringLiteral("name")).toString(), settings.value(QStringLiteral("url")).toString()});
    }
    settings.endArray();
    return list;
}

bool SavedConnections::save(const Entry &entry)
{
    if (hasPassword(entry.url) || entry.name.trimmed().isEmpty())
        return false;
    QList<Entry> list = entries();
    bool replaced = false;
    for (Entry &e : list) {
        if (e.name == entry.name) {
            e.url = entry.url;
            replaced = true;
        }
    }
    if (!replaced)
        list.append(entry);
    write(list);
    return true;
}

void SavedConnections::remove(const QString &name)
{
    QList<Entry> list = entries();
    list.removeIf([&name](const Entry &e) { return e.name == name; });
    write(list);
}

// The whole list, in place of what was stored (QSettings arrays cannot lose one row).
void SavedConnections::write(const QList<Entry> &list) const
{
    QSettings settings;
    settings.remove(m_group);
    settings.beginWriteArray(m_group, int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), list.at(i).name);
        settings.setValue(QStringLiteral("url"), list.at(i).url);
    }
    settings.endArray();
}

QString SavedConnections::passwordKey(const QString &name) const
{
    return m_group + u'/' + name;
}

} // namespace ectowb::workspace
