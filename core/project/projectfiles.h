#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace ectowb::project {

enum class FileKind : quint8 {
    Directory,
    ElixirSource,  // .ex
    ElixirScript,  // .exs
    Template,      // .eex, .heex, .leex
    Sql,
    Other,
};

struct ProjectFileNode
{
    QString name;
    QString relativePath;  // "/"-separated, from the project root; empty for the root
    FileKind kind = FileKind::Other;
    int parent = -1;       // index of the parent node, -1 for the root
    int row = 0;           // position among the parent's children
    QList<int> children;   // node indexes: folders first, then files, each sorted by name
};

// A snapshot of a project folder's files as a tree of nodes; node 0 is the root.
// Build folders (_build, deps, node_modules) and hidden folders (.git, .elixir_ls)
// are left out: they are not the project's source and can be huge.
class ProjectFiles
{
public:
    static constexpr int DefaultLimit = 20000;

    ProjectFiles() = default;

    static ProjectFiles scan(const QString &rootPath, int limit = DefaultLimit);

    static bool isIgnoredDirectory(QStringView name);
    static FileKind kindOf(QStringView fileName);

    bool isValid() const { return !m_nodes.isEmpty(); }
    QString rootPath() const { return m_rootPath; }
    // True when the folder held more entries than the limit and the rest were left out.
    bool isTruncated() const { return m_truncated; }
    int nodeCount() const { return int(m_nodes.size()); }
    int fileCount() const;  // nodes that are not folders
    const ProjectFileNode &node(int index) const { return m_nodes.at(index); }
    QString absolutePath(int index) const;
    // The node of a "/"-separated relative path, or -1.
    int find(QStringView relativePath) const;

private:
    void scanFolder(int parentIndex, const QString &absolutePath, int limit);
    int addNode(int parentIndex, const QString &name, FileKind kind);

    QString m_rootPath;
    QList<ProjectFileNode> m_nodes;
    bool m_truncated = false;
};

} // namespace ectowb::project
