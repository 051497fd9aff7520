#pragma once

#include "migration.h"

#include "elixir/ast.h"

#include <QByteArray>
#include <QString>

namespace ectowb::migration {

// Reads a migration file into a Migration: finds the module, its attributes, its
// private helpers and change/0 or up/0 + down/0, and evaluates their bodies with
// Evaluator + MigrationDsl. A top-level statement that cannot be evaluated becomes
// one Opaque command with its source text.
class MigrationReader
{
public:
    static Migration fromSource(const QByteArray &source, const QString &file);
    static Migration fromAst(const elixir::Ast &ast, const QByteArray &source, const QString &file);

    // A conformance-case source as a whole module using Ecto.Migration: a bare body
    // goes inside `def change`, `def` forms go in as they are, a module stays as is.
    static QString wrapAsModule(const QString &source);
    // The leading digits of a migration file name ("20240101000001_create_users.exs").
    static qint64 versionFromFileName(const QString &file);
};

} // namespace ectowb::migration
