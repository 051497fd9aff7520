#pragma once

#include <QList>
#include <QString>

namespace ectowb::workspace {

// The connections a person saved for one project, by name, in the application's
// settings. Only URLs without their password are kept here: passwords belong to the
// system keychain (or are asked for each time), never to a settings file.
class SavedConnections
{
public:
    struct Entry
    {
        QString name;
        QString url; // no password in it
    };

    explicit SavedConnections(const QString &projectFolder);

    QList<Entry> entries() const;
    // Adds or replaces the entry of that name. Returns false if the URL still has a password.
    bool save(const Entry &entry);
    void remove(const QString &name);
    // The keychain key of a saved connection's password: the project and the name.
    QString passwordKey(const QString &name) const;

private:
    void write(const QList<Entry> &list) const;
    QString m_group;
};

} // namespace ectowb::workspace
