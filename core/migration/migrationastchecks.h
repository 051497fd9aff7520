#pragma once

#include "elixir/ast.h"

#include <QList>
#include <QSet>
#include <QString>

namespace ectowb::migration {

// A danger found in the quoted form of a migration file, before any severity.
struct AstFinding
{
    QString check;
    int line = 0;
    QString table; // the table it touches, when the source names it literally
};

// The checks of excellent_migrations, on the quoted form of a migration file (any
// file: no `use Ecto.Migration` is needed). Each fires on the same node and line as
// that library's AstParser: a postwalk over the whole file, so code in up/0, down/0,
// change/0 and private helpers is all looked at. Also notes the tables the file
// creates, which the linter uses to soften findings about them.
class MigrationAstChecks
{
public:
    static MigrationAstChecks run(const elixir::Ast &root);

    const QList<AstFinding> &findings() const { return m_findings; }
    const QSet<QString> &createdTables() const { return m_createdTables; }

private:
    void walk(const elixir::Ast &node);
    void visit(const elixir::Ast &node);
    void indexChecks(const elixir::Ast &node, const QString &name);
    void columnChecks(const elixir::Ast &node, const QString &name);
    void tableChecks(const elixir::Ast &node, const QString &name);
    void recordsModified(const elixir::Ast &node);
    void concurrentIndexChecks();
    void addedWithDefault(const elixir::Ast &node, const QString &table);
    void add(const QString &check, const elixir::Ast &node, const QString &table = {});

    QList<AstFinding> m_findings;
    QSet<QString> m_createdTables;
    QString m_currentTable; // the table of the enclosing create/alter block
    int m_concurrentLine = 0;
    QString m_concurrentTable;
    bool m_disableDdlTransaction = false;
    bool m_disableMigrationLock = false;
};

} // namespace ectowb::migration
