#include "project/projectfiles.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <memory>

namespace ectowb::project {

ProjectFiles ProjectFiles::scan(const QString &rootPath, int limit)
{
    ProjectFiles files;
    const QFileInfo root(rootPath);
    if (!root.isDir())
        return files;
    files.m_rootPath = root.absoluteFilePath();
    files.m_nodes.append({root.fileName(), QString(), FileKind::Directory, -1, 0, {}});
    files.scanFolder(0, files.m_rootPath, limit);
    return files;
}

bool ProjectFiles::isIgnoredDirectory(QStringView name)
{
    return name.startsWith(u'.') || name == u"_build" || name == u"deps" || name == u"node_modules"
        || name == u"cover";
}

FileKind ProjectFiles::kindOf(QStringView fileName)
{
    if (fileName.endsWith(u".ex"))
        return FileKind::ElixirSource;
    if (fileName.endsWith(u".exs"))
        return FileKind::ElixirScript;
    if (fileName.endsWith(u".eex") || fileName.endsWith(u".heex") || fileName.endsWith(u".leex"))
        return FileKind::Template;
    if (fileName.endsWith(u".sql", Qt::CaseInsensitive))
        return FileKind::Sql;
    return FileKind::Other;
}

QString ProjectFiles::absolutePath(int index) const
{
    const QString &relative = m_nodes.at(index).relativePath;
    return relative.isEmpty() ? m_rootPath : m_rootPath % u'/' % relative;
}

int ProjectFiles::fileCount() const
{
    return int(std::count_if(m_nodes.cbegin(), m_nodes.cend(),
                             [](const ProjectFileNode &node) { return node.kind != FileKind::Directory; }));
}

int ProjectFiles::find(QStringView relativePath) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).relativePath == relativePath)
            return i;
    }
    return -1;
}

void ProjectFiles::scanFolder(int parentIndex, const QString &absolutePath, int limit)
{
    const QDir dir(absolutePath);
    const QDir::Filters filters = QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::NoSymLinks;
    const QFileInfoList entries = dir.entryInfoList(filters, QDir::DirsFirst | QDir::Name | QDir::IgnoreCase);
    for (const QFileInfo &entry : entries) {
        if (m_nodes.size() > limit) {
            m_truncated = true;
            return;
        }
        const QString name = entry.fileName();
        if (entry.isDir()) {
            if (isIgnoredDirectory(name))
                continue;
            const int index = addNode(parentIndex, name, FileKind::Directory);
            scanFolder(index, entry.absoluteFilePath(), limit);
        } else {
            addNode(parentIndex, name, kindOf(name));
        }
    }
}

int ProjectFiles::addNode(int parentIndex, const QString &name, FileKind kind)
{
    const QString &parentPath = m_nodes.at(parentIndex).relativePath;
    ProjectFileNode node;
    node.name = name;
    node.relativePath = parentPath.isEmpty() ? name : parentPath % u'/' % name;
    node.kind = kind;
    node.parent = parentIndex;
    node.row = int(m_nodes.at(parentIndex).children.size());
    const int index = int(m_nodes.size());
    m_nodes.append(node);
    m_nodes[parentIndex].children.append(index);
    return index;
}

} // namespace ectowb::project
