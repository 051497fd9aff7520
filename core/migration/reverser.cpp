#include "reverser.h"
#include "common/overloaded.h"

namespace ectowb::migration {

namespace {

QString qualified(const QString &prefix, const QString &name)
{
    return prefix.isEmpty() ? name : prefix + QLatin1Char('.') + name;
}

QString inspectString(const QString &text)
{
    return Value::string(text).inspect();
}

} // namespace

QString Reverser::describe(const Command &command)
{
    return std::visit(
        Overloaded{
            [](const CreateTable &c) -> QString {
                return (c.ifNotExists ? QStringLiteral("create table if not exists ") : QStringLiteral("create table "))
                       + qualified(c.table.prefix, c.table.name);
            },
            [](const DropTable &c) -> QString {
                return (c.ifExists ? QStringLiteral("drop table if exists ") : QStringLiteral("drop table "))
                       + qualified(c.table.prefix, c.table.name) + (c.cascade ? QStringLiteral(" cascade") : QString());
            },
            [](const AlterTable &c) -> QString { return QStringLiteral("alter table ") + qualified(c.table.prefix, c.table.name); },
            [](const RenameTable &c) -> QString {
                return QStringLiteral("rename table ") + qualified(c.from.prefix, c.from.name) + QStringLiteral(" to ")
                       + qualified(c.to.prefix, c.to.name);
            },
            [](const RenameColumn &c) -> QString {
                return QStringLiteral("rename column ") + c.from + QStringLiteral(" to ") + c.to + QStringLiteral(" on table ")
                       + qualified(c.table.prefix, c.table.name);
            },
            [](const CreateIndex &c) -> QString {
                return (c.ifNotExists ? QStringLiteral("create index if not exists ") : QStringLiteral("create index "))
                       + qualified(c.index.prefix, c.index.name);
            },
            [](const DropIndex &c) -> QString {
                return (c.ifExists ? QStringLiteral("drop index if exists ") : QStringLiteral("drop index "))
                       + qualified(c.index.prefix, c.index.name) + (c.cascade ? QStringLiteral(" cascade") : QString());
            },
            [](const RenameIndex &c) -> QString {
                return QStringLiteral("rename index ") + c.index.name + QStringLiteral(" to ") + c.to;
            },
            [](const CreateConstraint &c) -> QString {
                return QStringLiteral("create constraint ") + c.constraint.name + QStringLiteral(" on table ")
                       + qualified(c.constraint.prefix, c.constraint.table);
            },
            [](const DropConstraint &c) -> QString {
                return (c.ifExists ? QStringLiteral("drop constraint if exists ") : QStringLiteral("drop constraint "))
                       + c.constraint.name + QStringLiteral(" from table ") + qualified(c.constraint.prefix, c.constraint.table);
            },
            [](const Execute &c) -> QString {
                return QStringLiteral("execute ") + (c.upCode ? QStringLiteral("#Function<>") : inspectString(c.up));
            },
            [](const DataStatement &c) -> QString { return c.postgresSql; },
            [](const Flush &) -> QString { return QStringLiteral("flush()"); },
            [](const Opaque &c) -> QString { return c.source; },
        },
        command);
}

// Runner.table_reverse/2: walks the changes in order and prepends each reversed
// change, so the reversed alter runs its changes newest first.
std::optional<std::vector<ColumnChange>> Reverser::reverseChanges(const std::vector<ColumnChange> &changes)
{
    std::vector<ColumnChange> reversed;
    for (const ColumnChange &change : changes) {
        ColumnChange r;
        r.column = change.column;
        switch (change.kind) {
        case ColumnChange::Kind::Add:
            // {:remove, name, type, opts}: a reference's constraint is dropped with it.
            r.kind = ColumnChange::Kind::Remove;
            r.type = change.type;
            r.options = change.options;
            break;
        case ColumnChange::Kind::Remove:
            if (!change.type)
                return std::nullopt;
            r.kind = ColumnChange::Kind::Add;
            r.type = change.type;
            r.options = change.options;
            break;
        case ColumnChange::Kind::Modify: {
            if (!change.options.from)
                return std::nullopt;
            const ModifyFrom &from = *change.options.from;
            r.kind = ColumnChange::Kind::Modify;
            r.type = from.type;
            ColumnOptions without = change.options;
            without.from.reset();
            if (from.options) {
                // {type, opts}: the old options come back, and from: holds the new ones.
                r.options = *from.options;
                r.options.from = ModifyFrom{*change.type, std::make_shared<const ColumnOptions>(without)};
            } else {
                r.options = without;
                r.options.from = ModifyFrom{*change.type, nullptr};
            }
            break;
        }
        case ColumnChange::Kind::AddIfNotExists:
        case ColumnChange::Kind::RemoveIfExists:
            return std::nullopt;
        }
        reversed.insert(reversed.begin(), r);
    }
    return reversed;
}

Result<Command> Reverser::reverse(const Command &command)
{
    const Error refusal{QStringLiteral("cannot reverse migration command: ") + describe(command)
                        + QStringLiteral(". You will need to explicitly define up/0 and down/0 in your migration")};
    return std::visit(
        Overloaded{
            [&](const CreateTable &c) -> Result<Command> {
                return Command(DropTable{c.table, c.ifNotExists, false});
            },
            [&](const DropTable &) -> Result<Command> { return refusal; },
            [&](const AlterTable &c) -> Result<Command> {
                auto reversed = reverseChanges(c.changes);
                if (!reversed)
                    return refusal;
                return Command(AlterTable{c.table, *reversed});
            },
            [&](const RenameTable &c) -> Result<Command> { return Command(RenameTable{c.to, c.from}); },
            [&](const RenameColumn &c) -> Result<Command> { return Command(RenameColumn{c.table, c.to, c.from}); },
            [&](const CreateIndex &c) -> Result<Command> { return Command(DropIndex{c.index, c.ifNotExists, false}); },
            [&](const DropIndex &c) -> Result<Command> { return Command(CreateIndex{c.index, c.ifExists}); },
            [&](const RenameIndex &c) -> Result<Command> {
                Index renamed = c.index;
                renamed.name = c.to;
                return Command(RenameIndex{renamed, c.index.name});
            },
            [&](const CreateConstraint &c) -> Result<Command> { return Command(DropConstraint{c.constraint, false, false}); },
            [&](const DropConstraint &) -> Result<Command> { return refusal; },
            [&](const Execute &c) -> Result<Command> {
                if (!c.down)
                    return refusal;
                return Command(Execute{*c.down, c.up, c.downCode, c.upCode, c.keywordCommand});
            },
            [&](const DataStatement &) -> Result<Command> { return refusal; },
            [&](const Flush &) -> Result<Command> {
                return Error{QStringLiteral("calling flush() inside change when doing rollback is not supported.")};
            },
            [&](const Opaque &c) -> Result<Command> {
                return Error{QStringLiteral("cannot reverse a command the reader could not evaluate: ") + c.source};
            },
        },
        command);
}

} // namespace ectowb::migration
