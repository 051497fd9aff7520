#pragma once

// Helpers shared by the migrator tests: throwaway projects with hand-written
// migrations, and a textual snapshot of a database's schema to compare runs.

#include "db/connection.h"
#include "project/projectloader.h"

#include <QDir>
#include <QFile>
#include <QList>
#include <QPair>
#include <QStringList>

namespace ectowb::test {

// (file name without .exs, body of `def change` or whole `def up ... def down` text)
using MigrationSource = QPair<QString, QString>;

inline QString migrationModule(const QString &fileName, const QString &body)
{
    const QString name = fileName.section(QLatin1Char('_'), 1);
    QString module;
    for (const QString &part : name.split(QLatin1Char('_'), Qt::SkipEmptyParts))
        module += part.left(1).toUpper() + part.mid(1);
    const bool hasDefs = body.contains(QLatin1String("def ")) || body.trimmed().startsWith(QLatin1Char('@'));
    return QStringLiteral("defmodule Sample.Repo.Migrations.%1 do\n  use Ecto.Migration\n\n").arg(module)
        + (hasDefs ? body : QStringLiteral("  def change do\n") + body + QStringLiteral("\n  end\n")) + QStringLiteral("end\n");
}

// Writes <root>/priv/repo/migrations/<name>.exs for each source; returns the loaded project.
inline project::Project writeProject(const QString &root, const QList<MigrationSource> &sources)
{
    const QString folder = root + QStringLiteral("/priv/repo/migrations");
    QDir().mkpath(folder);
    for (const MigrationSource &s : sources) {
        QFile file(folder + QLatin1Char('/') + s.first + QStringLiteral(".exs"));
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(migrationModule(s.first, s.second).toUtf8());
    }
    return project::ProjectLoader::load(root);
}

inline QStringList rowsAsText(db::Connection &c, const QString &sql)
{
    QStringList lines;
    auto rows = c.exec(sql);
    if (!rows)
        return {QStringLiteral("ERROR ") + rows.error()};
    for (const QVariantList &row : rows->rows) {
        QStringList cells;
        for (const QVariant &v : row)
            cells << v.toString();
        lines << cells.join(QLatin1Char('|'));
    }
    return lines;
}

// Every object of the database as text (type, name, table, SQL), sorted.
inline QStringList sqliteSchema(db::Connection &c)
{
    return rowsAsText(c, QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                        "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"));
}

// Tables, columns, indexes, constraints and views of the public schema.
inline QStringList postgresSchema(db::Connection &c)
{
    QStringList text;
    text << rowsAsText(c, QStringLiteral("SELECT table_name, column_name, data_type, is_nullable, column_default "
                                         "FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 2"));
    text << rowsAsText(c, QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1"));
    text << rowsAsText(c, QStringLiteral("SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint "
                                         "WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2"));
    text << rowsAsText(c, QStringLiteral("SELECT viewname, definition FROM pg_views WHERE schemaname = 'public' ORDER BY 1"));
    return text;
}

// `source`: the bookkeeping table (a Repo's migration_source).
inline QList<qint64> recordedVersions(db::Connection &c, const QString &source = QStringLiteral("schema_migrations"))
{
    QList<qint64> versions;
    auto rows = c.exec(QStringLiteral("SELECT version FROM \"%1\" ORDER BY version").arg(source));
    if (rows) {
        for (const QVariantList &row : rows->rows)
            versions << row.value(0).toLongLong();
    }
    return versions;
}

} // namespace ectowb::test
