#include "projectloader.h"

#include "appconfig.h"
#include "migrationfilename.h"

#include "macroexpander.h"
#include "modulecollector.h"
#include "repoconfigreader.h"
#include "elixir/batchreader.h"
#include "schema/schemaextractor.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <thread>

using ectowb::elixir::Ast;

namespace ectowb::project {

namespace {

QStringList elixirFilesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, {QStringLiteral("*.ex"), QStringLiteral("*.exs")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

QStringList appRoots(const QString &root, bool *umbrella)
{
    QStringList roots{root};
    const QDir apps(QDir(root).filePath(QStringLiteral("apps")));
    *umbrella = apps.exists();
    if (*umbrella) {
        for (const QString &app : apps.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            roots << apps.filePath(app);
    }
    return roots;
}

// Modules that EctoEnum's `defenum` defines, at a file's top level or nested in a module.
void collectDefenums(elixir::AstSpan stmts, const QString &outer, QSet<QString> &out)
{
    for (const Ast &stmt : stmts) {
        if (stmt.isCall(u"defenum") && !stmt.args().empty() && stmt.args()[0].isCall(u"__aliases__")) {
            QStringList segments;
            for (const Ast &seg : stmt.args()[0].args())
                segments << seg.atomName();
            out.insert(outer.isEmpty() ? segments.join(QLatin1Char('.'))
                                       : outer + QLatin1Char('.') + segments.join(QLatin1Char('.')));
        }
    }
}

// A custom type is understood when the project (or deps/) defines it, or when it is a
// type the model knows; anything else is listed, never silently accepted.
void markUnknownTypes(schema::Schema &s, const QSet<QString> &known)
{
    const auto check = [&](const schema::Field &f) {
        schema::EctoType t = f.type;
        while (t.kind() == schema::EctoType::Kind::Array || t.kind() == schema::EctoType::Kind::Map)
            t = t.inner();
        if (t.kind() == schema::EctoType::Kind::Custom && !known.contains(t.name()))
            s.unresolved.append({QStringLiteral("type %1 of field %2 (unknown library)").arg(t.name(), f.name), f.pos});
    };
    for (const schema::Field &f : std::as_const(s.fields))
        check(f);
    for (const schema::Field &f : std::as_const(s.virtualFields))
        check(f);
}

} // namespace

MigrationFile ProjectLoader::migrationFile(const QString &path)
{
    MigrationFile file;
    file.path = path;
    const QFileInfo info(path);
    file.repoFolder = info.dir().absolutePath();
    const MigrationFileName parsed = MigrationFileName::parse(info.fileName());
    if (parsed.isMigration) {
        // A version beyond bigint stays 0 here; the Migrator refuses the file.
        file.version = parsed.version;
        file.name = parsed.name;
    } else {
        file.name = info.completeBaseName();
    }
    return file;
}

QList<MigrationFile> ProjectLoader::listMigrations(const QString &rootPath)
{
    bool umbrella = false;
    QList<MigrationFile> files;
    for (const QString &r : appRoots(QDir(rootPath).absolutePath(), &umbrella)) {
        const QDir priv(QDir(r).filePath(QStringLiteral("priv")));
        for (const QString &repoDir : priv.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QDir migrations(priv.filePath(repoDir + QStringLiteral("/migrations")));
            // QDir::System too: a FIFO named like a migration is reported, not skipped.
            for (const QString &f : migrations.entryList({QStringLiteral("*.exs")}, QDir::Files | QDir::System, QDir::Name))
                files << migrationFile(migrations.filePath(f));
        }
    }
    std::sort(files.begin(), files.end(), [](const MigrationFile &a, const MigrationFile &b) { return a.version < b.version; });
    return files;
}

Project ProjectLoader::load(const QString &rootPath, const Options &options)
{
    Project project;
    project.root = QDir(rootPath).absolutePath();
    const QStringList roots = appRoots(project.root, &project.umbrella);

    QStringList sources;
    for (const QString &r : roots)
        sources << elixirFilesUnder(QDir(r).filePath(QStringLiteral("lib")));
    project.migrations = listMigrations(project.root);
    // deps/ is read for the macros that schemas `use` and for library code migrations
    // call (Project::dependencies); its modules are not listed among the project's.
    const QStringList depSources = elixirFilesUnder(QDir(project.root).filePath(QStringLiteral("deps")));
    project.sourceFiles = sources;

    const QStringList paths = sources + depSources;
    elixir::BatchReader::Options batch;
    batch.progress = options.progress;
    batch.cancel = options.cancel;
    const std::vector<elixir::ParseResult> parsed = elixir::BatchReader::parseFiles(paths, batch);
    QHash<QString, ElixirModule> index;
    QHash<QString, ElixirModule> dependencies;
    QSet<QString> knownTypes{QStringLiteral("Ecto.UUID"), QStringLiteral("Ecto.Enum"), QStringLiteral("Ecto.Embedded"),
                             QStringLiteral("PolymorphicEmbed")};
    for (size_t i = 0; i < parsed.size(); ++i) {
        const elixir::ParseResult &p = parsed[i];
        if (options.cancel && options.cancel->load())
            break; // the rest may not have been read
        if (!p.isValid()) {
            if (int(i) < sources.size())
                project.errors << *p.error;
            continue;
        }
        const QList<ElixirModule> modules = ModuleCollector::collect(p.ast, paths[int(i)]);
        collectDefenums(p.ast.blockStatements(), QString(), knownTypes);
        for (const ElixirModule &m : modules) {
            collectDefenums(m.body, m.name, knownTypes);
            if (!index.contains(m.name))
                index.insert(m.name, m);
            if (int(i) < sources.size())
                project.modules << m;
            else if (!dependencies.contains(m.name))
                dependencies.insert(m.name, m);
        }
    }

    // Two passes: the second knows every schema's primary key, which the default join
    // keys of many_to_many need.
    const MacroExpander expander(&index);
    const auto expand = [&expander](const Ast &call, const AliasScope &scope) { return expander.expand(call, scope); };
    QHash<QString, QStringList> primaryKeys;
    const AppConfig appConfig = AppConfig::read(project.root, options.mixEnv);
    const auto config = [&appConfig](const QString &app, const QStringList &path) { return appConfig.value(app, path); };
    for (int pass = 0; pass < 2; ++pass) {
        schema::SchemaExtractor extractor(
            expand, [&primaryKeys](const QString &module) { return primaryKeys.value(module); }, config);
        project.schemas.clear();
        for (const ElixirModule &m : std::as_const(project.modules)) {
            for (const schema::Schema &s : extractor.extract(m)) {
                project.schemas << s;
                primaryKeys.insert(s.module, s.primaryKey);
            }
        }
    }
    for (auto it = index.cbegin(); it != index.cend(); ++it)
        knownTypes.insert(it.key());
    for (schema::Schema &s : project.schemas)
        markUnknownTypes(s, knownTypes);
    std::sort(project.schemas.begin(), project.schemas.end(),
              [](const schema::Schema &a, const schema::Schema &b) { return a.module < b.module; });
    std::sort(project.migrations.begin(), project.migrations.end(),
              [](const MigrationFile &a, const MigrationFile &b) { return a.version < b.version; });
    project.dependencies = std::make_shared<const DependencyModules>(std::move(dependencies));
    project.repo = RepoConfigReader::read(project.root, project.modules, options.env, options.mixEnv);
    return project;
}

} // namespace ectowb::project
