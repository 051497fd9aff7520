#include "migrationastchecks.h"

#include <algorithm>

namespace ectowb::migration {

using elixir::Ast;
using elixir::AstSpan;

namespace {

// More than this many columns in a non-unique index is flagged.
constexpr int kMaxIndexColumns = 3;

bool oneOf(const QString &name, std::initializer_list<const char *> names)
{
    return std::any_of(names.begin(), names.end(), [&](const char *n) { return name == QLatin1String(n); });
}

// Elixir truthiness of a literal: anything but nil and false.
bool truthy(const Ast &value)
{
    return value.isValid() && !value.isAtom(u"nil") && !value.isAtom(u"false");
}

// Keyword.get/2 on a literal keyword list; an invalid Ast when absent or not a list.
Ast option(const Ast &options, QStringView key)
{
    return options.isList() ? options.keywordValue(key) : Ast();
}

// `[key: value]` and nothing else.
Ast onlyOption(const Ast &options, QStringView key)
{
    if (!options.isList() || options.elements().size() != 1)
        return {};
    const Ast &pair = options.elements()[0];
    if (!pair.isTuple() || !pair.elements()[0].isAtom(key))
        return {};
    return pair.elements()[1];
}

// The name an atom or a string literal gives: `:posts`, `"posts"`.
QString literalName(const Ast &value)
{
    if (value.isAtom())
        return value.atomName();
    if (value.isString())
        return value.text();
    return {};
}

// `table(:name, ...)` -> "name"; `index(:name, ...)` likewise.
QString firstArgName(const Ast &call)
{
    return call.isCall() && !call.args().empty() ? literalName(call.args()[0]) : QString();
}

bool isTableCall(const Ast &node)
{
    return node.isCall() && node.callName() == QLatin1String("table");
}

bool isAdd(const QString &name)
{
    return oneOf(name, {"add", "add_if_not_exists"});
}

} // namespace

MigrationAstChecks MigrationAstChecks::run(const Ast &root)
{
    MigrationAstChecks checks;
    checks.walk(root);
    checks.concurrentIndexChecks();
    std::stable_sort(checks.m_findings.begin(), checks.m_findings.end(),
                     [](const AstFinding &a, const AstFinding &b) { return a.line < b.line; });
    return checks;
}

void MigrationAstChecks::add(const QString &check, const Ast &node, const QString &table)
{
    m_findings.append({check, node.pos().line, table});
}

// Children first, then the node (Macro.postwalk); the table of an enclosing
// create/alter block is known while its body is walked.
void MigrationAstChecks::walk(const Ast &node)
{
    if (node.isList() || node.isTuple()) {
        for (const Ast &item : node.elements())
            walk(item);
        return;
    }
    if (!node.isCall())
        return;
    const QString name = node.callName();
    const QString saved = m_currentTable;
    const bool block = oneOf(name, {"create", "create_if_not_exists", "alter"}) && !node.args().empty()
                       && isTableCall(node.args()[0]);
    if (block) {
        m_currentTable = firstArgName(node.args()[0]);
        if (name != QLatin1String("alter"))
            m_createdTables.insert(m_currentTable);
    }
    walk(node.callForm());
    for (const Ast &arg : node.args())
        walk(arg);
    m_currentTable = saved;
    visit(node);
}

void MigrationAstChecks::visit(const Ast &node)
{
    const QString name = node.callName();
    if (name == QLatin1String(".")) {
        recordsModified(node);
        return;
    }
    if (name.isEmpty())
        return;
    indexChecks(node, name);
    if (name == QLatin1String("execute"))
        add(QStringLiteral("raw_sql_executed"), node);
    columnChecks(node, name);
    tableChecks(node, name);
    if (name == QLatin1String("disable_ddl_transaction") && node.args().size() == 1 && node.args()[0].isAtom(u"true"))
        m_disableDdlTransaction = true;
    if (name == QLatin1String("disable_migration_lock") && node.args().size() == 1 && node.args()[0].isAtom(u"true"))
        m_disableMigrationLock = true;
}

void MigrationAstChecks::indexChecks(const Ast &node, const QString &name)
{
    if (!oneOf(name, {"create", "create_if_not_exists", "drop", "drop_if_exists"}) || node.args().size() != 1)
        return;
    const Ast &index = node.args()[0];
    const QString kind = index.callName();
    if (!oneOf(kind, {"index", "unique_index"}) || !index.argsIsList())
        return;
    const AstSpan args = index.args();
    const QString table = firstArgName(index);
    if (args.size() == 2 || (args.size() == 3 && !option(args[2], u"concurrently").isAtom(u"true")))
        add(QStringLiteral("index_not_concurrently"), node, table);
    if (args.size() == 3) {
        // The library remembers the last index operation with options once one of
        // them has asked for concurrently: true.
        if (truthy(option(args[2], u"concurrently")) || m_concurrentLine > 0) {
            m_concurrentLine = node.pos().line;
            m_concurrentTable = table;
        }
    }
    const bool creates = name.startsWith(QLatin1String("create"));
    if (creates && kind == QLatin1String("index") && args.size() >= 2 && args[1].isList()) {
        const bool tooMany = int(args[1].elements().size()) > kMaxIndexColumns;
        const bool unique = args.size() == 3 && truthy(option(args[2], u"unique"));
        if (tooMany && !unique && (args.size() == 3 || name == QLatin1String("create")))
            add(QStringLiteral("many_columns_index"), node, table);
    }
}

void MigrationAstChecks::columnChecks(const Ast &node, const QString &name)
{
    const AstSpan args = node.argsIsList() ? node.args() : AstSpan();
    if (oneOf(name, {"remove", "remove_if_exists"}))
        add(QStringLiteral("column_removed"), node, m_currentTable);
    if (name == QLatin1String("modify")) {
        if (args.size() == 3 && onlyOption(args[2], u"default").callName() == QLatin1String("fragment"))
            add(QStringLiteral("column_volatile_default"), node, m_currentTable);
        add(QStringLiteral("column_type_changed"), node, m_currentTable);
        if (args.size() == 3 && option(args[2], u"null").isAtom(u"false"))
            add(QStringLiteral("not_null_added"), node, m_currentTable);
    }
    if (isAdd(name) && args.size() >= 2) {
        const Ast &type = args[1];
        if (type.callName() == QLatin1String("references")) {
            const bool notValidated = type.argsIsList() && type.args().size() == 2
                                      && option(type.args()[1], u"validate").isAtom(u"false");
            if (!notValidated)
                add(QStringLiteral("column_reference_added"), node, m_currentTable);
        }
        if (type.isAtom(u"json"))
            add(QStringLiteral("json_column_added"), node, m_currentTable);
    }
}

void MigrationAstChecks::tableChecks(const Ast &node, const QString &name)
{
    const AstSpan args = node.argsIsList() ? node.args() : AstSpan();
    if (oneOf(name, {"drop", "drop_if_exists"}) && !args.empty() && isTableCall(args[0]))
        add(QStringLiteral("table_dropped"), node, firstArgName(args[0]));
    if (name == QLatin1String("rename") && !args.empty() && isTableCall(args[0])) {
        if (args.size() == 2 && isTableCall(onlyOption(args[1], u"to")))
            add(QStringLiteral("table_renamed"), node, firstArgName(args[0]));
        if (args.size() == 3 && onlyOption(args[2], u"to").isValid())
            add(QStringLiteral("column_renamed"), node, firstArgName(args[0]));
    }
    if (name == QLatin1String("alter") && args.size() == 2 && isTableCall(args[0])) {
        const QString table = firstArgName(args[0]);
        addedWithDefault(args[1], table);
        // Only a body of one add with nothing but a fragment default is matched.
        const Ast statement = onlyOption(args[1], u"do");
        if (isAdd(statement.callName()) && statement.argsIsList() && statement.args().size() == 3
            && onlyOption(statement.args()[2], u"default").callName() == QLatin1String("fragment"))
            add(QStringLiteral("column_volatile_default"), statement, table);
    }
    if (name == QLatin1String("create") && args.size() == 1 && args[0].callName() == QLatin1String("constraint")) {
        const Ast &constraint = args[0];
        const bool notValidated = constraint.argsIsList() && constraint.args().size() == 3
                                  && option(constraint.args()[2], u"validate").isAtom(u"false");
        if (!notValidated)
            add(QStringLiteral("check_constraint_added"), node, firstArgName(constraint));
    }
}

// add/add_if_not_exists with a default anywhere inside an alter block: a table
// created by this migration is empty, so create blocks are not looked at.
void MigrationAstChecks::addedWithDefault(const Ast &node, const QString &table)
{
    if (node.isList() || node.isTuple()) {
        for (const Ast &item : node.elements())
            addedWithDefault(item, table);
        return;
    }
    if (!node.isCall())
        return;
    addedWithDefault(node.callForm(), table);
    for (const Ast &arg : node.args())
        addedWithDefault(arg, table);
    if (isAdd(node.callName()) && node.argsIsList() && node.args().size() == 3 && option(node.args()[2], u"default").isValid())
        add(QStringLiteral("column_added_with_default"), node, table);
}

// `Repo.insert!(...)`, `MyApp.Repo.update_all(...)`: the dot call, on its line.
void MigrationAstChecks::recordsModified(const Ast &node)
{
    if (!node.isCall(u".", 2))
        return;
    const Ast &aliases = node.args()[0];
    const Ast &operation = node.args()[1];
    if (!aliases.isCall(u"__aliases__") || !operation.isAtom())
        return;
    const bool repo = std::any_of(aliases.args().begin(), aliases.args().end(), [](const Ast &a) { return a.isAtom(u"Repo"); });
    if (!repo)
        return;
    QString op = operation.atomName();
    if (op.endsWith(QLatin1Char('!')))
        op.chop(1);
    if (op.endsWith(QLatin1String("_all")))
        op.chop(4);
    if (oneOf(op, {"insert", "update", "delete"}))
        add(QStringLiteral("operation_") + op, node);
}

void MigrationAstChecks::concurrentIndexChecks()
{
    if (m_concurrentLine == 0)
        return;
    if (!m_disableMigrationLock)
        m_findings.append({QStringLiteral("index_concurrently_without_disable_migration_lock"), m_concurrentLine, m_concurrentTable});
    if (!m_disableDdlTransaction)
        m_findings.append({QStringLiteral("index_concurrently_without_disable_ddl_transaction"), m_concurrentLine, m_concurrentTable});
}

} // namespace ectowb::migration
