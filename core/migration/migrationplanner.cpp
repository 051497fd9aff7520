#include "migrationplanner.h"

#include "reverser.h"

#include "db/valuedumper.h"

namespace ectowb::migration {

namespace {

StatementOrigin originOf(const Command &command)
{
    if (const auto *d = std::get_if<DataStatement>(&command))
        return d->readsRows ? StatementOrigin::Reads : StatementOrigin::Data;
    if (const auto *e = std::get_if<Execute>(&command); e && e->upCode)
        return StatementOrigin::Data;
    return StatementOrigin::Ddl;
}

} // namespace

QString MigrationStatements::originName(StatementOrigin origin)
{
    switch (origin) {
    case StatementOrigin::Ddl: return QStringLiteral("ddl");
    case StatementOrigin::Data: return QStringLiteral("data");
    case StatementOrigin::Reads: return QStringLiteral("reads");
    case StatementOrigin::AfterRead: return QStringLiteral("after_read");
    }
    return QString();
}

QString MigrationStatements::errorText(const Error &error)
{
    const SourcePosition &at = error.position;
    if (!at.file.isEmpty())
        return at.isValid() ? QStringLiteral("%1:%2:%3: %4").arg(at.file).arg(at.line).arg(at.column).arg(error.text())
                            : QStringLiteral("%1: %2").arg(at.file, error.text());
    if (!at.isValid())
        return error.text();
    return QStringLiteral("line %1: %2").arg(at.line).arg(error.text());
}

bool MigrationStatements::dependsOnData() const
{
    return origins.contains(StatementOrigin::Reads) || origins.contains(StatementOrigin::AfterRead);
}

bool MigrationPlanner::append(MigrationStatements &out, const Command &command, const DdlRenderer &ddl)
{
    Result<QStringList> sql = ddl.render(command);
    if (!sql) {
        out.error = sql.failure();
        return false;
    }
    // The values of Repo calls, dumped for this database.
    std::vector<const DataStatement *> data;
    if (const auto *d = std::get_if<DataStatement>(&command))
        data.push_back(d);
    if (const auto *e = std::get_if<Execute>(&command); e && e->upCode) {
        for (const DataStatement &d : *e->upCode)
            data.push_back(&d);
    }
    const bool postgres = ddl.name() == QLatin1String("postgres");
    while (out.params.size() < out.statements.size())
        out.params.append(QVariantList());
    for (const DataStatement *d : data) {
        Result<QVariantList> values = db::ValueDumper::values(postgres ? d->postgresParams : d->sqliteParams,
                                                                       postgres ? db::Dialect::Postgres : db::Dialect::Sqlite);
        if (!values) {
            out.error = values.failure();
            return false;
        }
        out.params.append(*values);
    }
    // Once something was read, whatever follows may have been built from it; a read
    // stays a read (the migrator hands its rows to the code).
    const bool afterRead = out.origins.contains(StatementOrigin::Reads);
    const StatementOrigin own = originOf(command);
    const StatementOrigin origin = afterRead && own != StatementOrigin::Reads ? StatementOrigin::AfterRead : own;
    for (qsizetype i = 0; i < sql->size(); ++i)
        out.origins.append(origin);
    out.statements += *sql;
    return true;
}

MigrationStatements MigrationPlanner::forwards(const CommandList &commands, const DdlRenderer &ddl)
{
    MigrationStatements out;
    for (const Command &command : commands) {
        if (!append(out, command, ddl))
            return out;
    }
    return out;
}

MigrationStatements MigrationPlanner::up(const Migration &migration, const DdlRenderer &ddl)
{
    if (migration.error)
        return {{}, migration.error, {}, {}};
    if (migration.up)
        return forwards(*migration.up, ddl);
    if (migration.change)
        return forwards(*migration.change, ddl);
    return {{}, Error(QStringLiteral("%1 defines neither change/0 nor up/0").arg(migration.module)), {}, {}};
}

MigrationStatements MigrationPlanner::down(const Migration &migration, const DdlRenderer &ddl)
{
    if (migration.error)
        return {{}, migration.error, {}, {}};
    if (migration.down)
        return forwards(*migration.down, ddl);
    if (!migration.change)
        return {{}, Error(QStringLiteral("%1 defines neither change/0 nor down/0").arg(migration.module)), {}, {}};
    // change/0 as it ran with direction() :down; its Repo calls were sent at once.
    const CommandList &commands = migration.changeDown ? *migration.changeDown : *migration.change;
    MigrationStatements out;
    CommandList queued;
    for (const Command &command : commands) {
        if (!std::holds_alternative<DataStatement>(command)) {
            queued.push_back(command);
            continue;
        }
        if (!append(out, command, ddl))
            return out;
    }
    // The whole body runs before anything is sent, so a flush() refuses up front.
    for (const Command &command : queued) {
        if (std::holds_alternative<Opaque>(command)) {
            out.error = ddl.render(command).failure();
            return out;
        }
        if (std::holds_alternative<Flush>(command)) {
            out.error = Reverser::reverse(command).failure();
            return out;
        }
    }
    for (auto it = queued.rbegin(); it != queued.rend(); ++it) {
        Result<Command> reversed = Reverser::reverse(*it);
        if (!reversed) {
            out.error = reversed.failure();
            return out;
        }
        if (!append(out, *reversed, ddl))
            return out;
    }
    return out;
}

} // namespace ectowb::migration
