#pragma once

#include "dependencymodules.h"
#include "elixirmodule.h"
#include "repoconfig.h"
#include "elixir/syntaxerror.h"
#include "schema/schema.h"

#include <QList>
#include <QString>

#include <memory>

namespace ectowb::project {

// A migration file under priv/*/migrations, named `<version>_<name>.exs`.
struct MigrationFile
{
    QString path;
    qint64 version = 0;
    QString name;
    QString repoFolder; // priv/<repo>/migrations
};

// Everything the views need to know about an opened Mix project. A value: loading
// builds a new one, views take snapshots of it.
struct Project
{
    QString root;
    bool umbrella = false;
    QStringList sourceFiles;            // every .ex/.exs read
    QList<ElixirModule> modules;        // project modules (deps excluded)
    // deps/'s modules, shared by the copies of this value (never null once loaded).
    std::shared_ptr<const DependencyModules> dependencies = std::make_shared<const DependencyModules>();
    QList<schema::Schema> schemas;      // sorted by module name
    QList<MigrationFile> migrations;    // sorted by version
    RepoConfig repo;
    QList<elixir::SyntaxError> errors;  // files that did not parse; the rest loaded

    const schema::Schema *schema(const QString &module) const;
    // By full module name, or by last segment when that is unambiguous (`Post`).
    const schema::Schema *findSchema(const QString &name) const;
};

} // namespace ectowb::project
