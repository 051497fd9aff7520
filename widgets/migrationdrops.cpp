#include "migrationdrops.h"

#include "common/overloaded.h"
#include "migration/migrationplanner.h"
#include "migration/migrationreader.h"
#include "migration/reverser.h"

#include <QFile>
#include <QFileInfo>

namespace ectowb::widgets {

namespace {

constexpr int SqlPreviewLength = 60;

QString qualified(const QString &prefix, const QString &name)
{
    return prefix.isEmpty() ? name : QString(prefix % u'.' % name);
}

// One line of custom SQL is enough to recognise it in a confirmation.
QString preview(const QString &sql)
{
    const QString simplified = sql.simplified();
    return simplified.size() <= SqlPreviewLength ? simplified : QString(simplified.left(SqlPreviewLength) % u"...");
}

void describeChanges(const migration::AlterTable &alter, QStringList &out)
{
    const QString table = qualified(alter.table.prefix, alter.table.name);
    for (const migration::ColumnChange &change : alter.changes) {
        if (change.kind == migration::ColumnChange::Kind::Remove || change.kind == migration::ColumnChange::Kind::RemoveIfExists)
            out.append(MigrationDrops::tr("column %1.%2").arg(table, change.column));
    }
}

} // namespace

migration::CommandList MigrationDrops::downCommands(const migration::Migration &migration)
{
    if (!migration.change)
        return migration.down.value_or(migration::CommandList{});
    migration::CommandList reversed;
    for (auto it = migration.change->rbegin(); it != migration.change->rend(); ++it) {
        if (std::holds_alternative<migration::Flush>(*it))
            continue;
        auto command = migration::Reverser::reverse(*it);
        if (command)
            reversed.push_back(*command);
    }
    return reversed;
}

QStringList MigrationDrops::describe(const migration::CommandList &commands)
{
    QStringList out;
    for (const migration::Command &command : commands) {
        std::visit(Overloaded{
                       [&](const migration::DropTable &c) {
                           out.append(tr("table %1").arg(qualified(c.table.prefix, c.table.name)));
                       },
                       [&](const migration::AlterTable &c) { describeChanges(c, out); },
                       [&](const migration::DropIndex &c) {
                           out.append(tr("index %1").arg(qualified(c.index.prefix, c.index.name)));
                       },
                       [&](const migration::DropConstraint &c) {
                           out.append(tr("constraint %1 on %2")
                                          .arg(c.constraint.name, qualified(c.constraint.prefix, c.constraint.table)));
                       },
                       [&](const migration::Execute &c) { out.append(tr("whatever this SQL removes: %1").arg(preview(c.up))); },
                       [&](const migration::Opaque &c) { out.append(tr("whatever this code does: %1").arg(preview(c.source))); },
                       [](const auto &) {},
                   },
                   command);
    }
    return out;
}

QStringList MigrationDrops::forFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {tr("(cannot read %1: %2)").arg(QFileInfo(path).fileName(), file.errorString())};
    const migration::Migration read = migration::MigrationReader::fromSource(file.readAll(), path);
    if (read.error)
        return {tr("(cannot read %1: %2)").arg(QFileInfo(path).fileName(), migration::MigrationStatements::errorText(*read.error))};
    return describe(downCommands(read));
}

} // namespace ectowb::widgets
