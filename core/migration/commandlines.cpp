#include "commandlines.h"

namespace ectowb::migration {

using elixir::Ast;

namespace {

// The body of `def name do ... end` (no parameters) in the file's first module.
std::optional<Ast> defBody(const Ast &root, const QString &function, int *line)
{
    for (const Ast &top : root.blockStatements()) {
        if (!top.isCall(u"defmodule", 2))
            continue;
        const Ast module = top.args()[1].isList() ? top.args()[1].keywordValue(u"do") : Ast();
        for (const Ast &item : module.blockStatements()) {
            if (!item.isCall(u"def", 2))
                continue;
            Ast head = item.args()[0];
            if (head.isCall(u"when", 2))
                head = head.args()[0];
            if (head.callName() != function || (head.argsIsList() && !head.args().empty()))
                continue;
            *line = item.pos().line;
            const Ast &options = item.args()[1];
            if (options.isList())
                return options.keywordValue(u"do");
        }
    }
    return std::nullopt;
}

QString kindOf(const QString &call)
{
    if (call == QLatin1String("create") || call == QLatin1String("create_if_not_exists"))
        return QStringLiteral("create");
    if (call == QLatin1String("drop") || call == QLatin1String("drop_if_exists"))
        return QStringLiteral("drop");
    if (call == QLatin1String("alter") || call == QLatin1String("rename") || call == QLatin1String("execute")
        || call == QLatin1String("flush"))
        return call;
    return {};
}

QString kindOf(const Command &command)
{
    return std::visit(
        [](const auto &c) -> QString {
            using T = std::decay_t<decltype(c)>;
            if constexpr (std::is_same_v<T, CreateTable> || std::is_same_v<T, CreateIndex> || std::is_same_v<T, CreateConstraint>)
                return QStringLiteral("create");
            else if constexpr (std::is_same_v<T, DropTable> || std::is_same_v<T, DropIndex> || std::is_same_v<T, DropConstraint>)
                return QStringLiteral("drop");
            else if constexpr (std::is_same_v<T, AlterTable>)
                return QStringLiteral("alter");
            else if constexpr (std::is_same_v<T, RenameTable> || std::is_same_v<T, RenameColumn> || std::is_same_v<T, RenameIndex>)
                return QStringLiteral("rename");
            else if constexpr (std::is_same_v<T, Execute>)
                return QStringLiteral("execute");
            else if constexpr (std::is_same_v<T, Flush>)
                return QStringLiteral("flush");
            else
                return QString();
        },
        command);
}

} // namespace

CommandLines::CommandLines(const Ast &root, const QString &function)
{
    if (const auto body = defBody(root, function, &m_defLine))
        collect(*body);
}

// Pre-order, so calls come in source order; a command call's own arguments (the
// block of an alter) hold no further commands.
void CommandLines::collect(const Ast &node)
{
    if (node.isList() || node.isTuple()) {
        for (const Ast &item : node.elements())
            collect(item);
        return;
    }
    if (!node.isCall())
        return;
    const QString kind = kindOf(node.callName());
    if (!kind.isEmpty() && node.argsIsList()) {
        Call call{kind, node.pos().line, {}};
        if (kind == QLatin1String("alter") && node.args().size() == 2 && node.args()[1].isList()) {
            for (const Ast &change : node.args()[1].keywordValue(u"do").blockStatements()) {
                const QString name = change.callName();
                if (name.startsWith(QLatin1String("add")) || name.startsWith(QLatin1String("remove")) || name == QLatin1String("modify")
                    || name == QLatin1String("timestamps"))
                    call.changes.push_back(change.pos().line);
            }
        }
        m_calls.push_back(std::move(call));
        return;
    }
    collect(node.callForm());
    for (const Ast &arg : node.args())
        collect(arg);
}

int CommandLines::Line::statementLine(int k, int count) const
{
    if (int(changes.size()) == count && k < count)
        return changes[size_t(k)];
    if (changes.size() == 1)
        return changes.front();
    return line;
}

std::vector<CommandLines::Line> CommandLines::linesOf(const CommandList &commands) const
{
    std::vector<Line> lines;
    size_t next = 0;
    int last = m_defLine;
    for (const Command &command : commands) {
        if (const auto *opaque = std::get_if<Opaque>(&command); opaque && opaque->line > 0) {
            last = opaque->line;
            lines.push_back({last, {}});
            continue;
        }
        const QString kind = kindOf(command);
        size_t i = next;
        while (i < m_calls.size() && m_calls[i].kind != kind)
            ++i;
        std::vector<int> changes;
        if (i < m_calls.size()) {
            last = m_calls[i].line;
            changes = m_calls[i].changes;
            next = i + 1;
        }
        lines.push_back({last, std::move(changes)});
    }
    return lines;
}

} // namespace ectowb::migration
