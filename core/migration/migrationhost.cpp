#include "migrationhost.h"

#include "migrationbuilders.h"
#include "migrationvalues.h"
#include "valueconversion.h"

#include "interpreter/interpreter.h"
#include "interpreter/keyword.h"

#include <QRegularExpression>

namespace ectowb::migration {

using elixir::Ast;
using interpreter::Bindings;
using interpreter::Interpreter;
using interpreter::Value;

const QString MigrationHost::module = QStringLiteral("Ecto.Migration");

namespace {

using State = MigrationHost::State;
using Args = std::vector<Value>;
using V = MigrationValues;

// Ecto.Migration.__prefix__/1 without a migrator prefix: the configured default.
Value withPrefix(const Value &object, const State &state)
{
    if (object.get(QStringLiteral("prefix")).value_or(Value()).isNil() && !state.config.defaultPrefix.isNil())
        return object.put(V::atom("prefix"), state.config.defaultPrefix);
    return object;
}

Result<Value> queue(State &state, Command command)
{
    state.queued.push_back(std::move(command));
    return V::ok();
}

// The column Ecto adds first to a created table (__primary_key__/1), if any.
Result<std::optional<ColumnChange>> primaryKey(const Value &table, const State &state)
{
    Value pk = table.get(QStringLiteral("primary_key")).value_or(Value::boolean(true));
    if (pk.isTrue())
        pk = state.config.primaryKey;
    if (pk.isAtom(u"false"))
        return std::optional<ColumnChange>();
    if (!pk.isKeyword())
        return V::argumentError(QStringLiteral(":primary_key option must be either a boolean or a keyword list of options"));
    // pk_opts_to_tuple/1
    Value opts = interpreter::keyword::merge(pk, Value::keyword({{QStringLiteral("primary_key"), Value::boolean(true)}}));
    const Value name = V::keywordGet(opts, QStringLiteral("name"), V::atom("id"));
    const Value type = V::keywordGet(opts, QStringLiteral("type"), V::atom("bigserial"));
    opts = V::keywordDelete(V::keywordDelete(opts, QStringLiteral("name")), QStringLiteral("type"));
    Result<ColumnChange> column = ValueConversion::columnChange(ColumnChange::Kind::Add, name, type, opts);
    if (!column)
        return column.failure();
    return std::optional<ColumnChange>(*column);
}

Result<Value> subcommand(State &state, ColumnChange::Kind kind, const QString &function, const Args &args)
{
    if (!state.columns)
        return Error{QStringLiteral("could not find migration runner process for %1 (%2 outside a create or alter block)")
                         .arg(QString(), function), QStringLiteral("RuntimeError")};
    if (!args[0].isAtom())
        return V::noClause(function, args);
    const Value type = args.size() > 1 ? args[1] : Value();
    const Value opts = args.size() > 2 ? args[2] : Value::list({});
    if (!opts.isList())
        return V::noClause(function, args);
    if (kind == ColumnChange::Kind::Add || kind == ColumnChange::Kind::AddIfNotExists || kind == ColumnChange::Kind::Modify) {
        if (auto e = MigrationBuilders::validatePrecision(opts, args[0]))
            return *e;
    }
    if (args.size() > 1) {
        if (auto e = MigrationBuilders::validateType(type))
            return *e;
    }
    Result<ColumnChange> change = ValueConversion::columnChange(kind, args[0], args.size() > 1 ? type : Value(), opts);
    if (!change)
        return change.failure();
    state.columns->push_back(*change);
    return V::ok();
}

Result<Value> timestamps(State &state, const Args &args)
{
    const Value given = args.empty() ? Value::list({}) : args[0];
    if (!given.isKeyword())
        return V::noClause(QStringLiteral("timestamps"), args);
    Value opts = interpreter::keyword::merge(state.config.timestamps, given);
    if (!V::keywordHas(opts, QStringLiteral("null")))
        opts = Value::list([&] {
            std::vector<Value> e = opts.elements();
            e.push_back(Value::tuple({V::atom("null"), Value::boolean(false)}));
            return e;
        }());
    const Value type = V::keywordGet(opts, QStringLiteral("type"), V::atom("naive_datetime"));
    const Value insertedAt = V::keywordGet(opts, QStringLiteral("inserted_at"), V::atom("inserted_at"));
    const Value updatedAt = V::keywordGet(opts, QStringLiteral("updated_at"), V::atom("updated_at"));
    for (const char *key : {"type", "inserted_at", "updated_at"})
        opts = V::keywordDelete(opts, QString::fromLatin1(key));
    for (const Value &column : {insertedAt, updatedAt}) {
        if (column.isAtom(u"false"))
            continue;
        if (Result<Value> r = subcommand(state, ColumnChange::Kind::Add, QStringLiteral("add"), {column, type, opts}); !r)
            return r;
    }
    return V::ok();
}

// Runs a create/alter block with a column collector.
Result<std::vector<ColumnChange>> runBlock(State &state, const Ast &block, Bindings &env, Interpreter &interpreter,
                                           std::vector<ColumnChange> columns)
{
    std::vector<ColumnChange> *outer = state.columns;
    state.columns = &columns;
    Result<Value> done = interpreter.eval(block, env);
    state.columns = outer;
    if (!done)
        return done.failure();
    return columns;
}

// The table of `create table(...) do ... end` or `alter`, with the migration's
// prefix: the do block is checked first, then the evaluated first argument must be a
// %Ecto.Migration.Table{} (Ecto's macros match it and raise MatchError otherwise).
Result<Value> blockTable(State &state, const QString &function, const std::vector<Ast> &args, Bindings &env,
                         Interpreter &interpreter)
{
    if (!args[1].keywordValue(u"do").isValid())
        return Error{QStringLiteral("%1/2 expects a table and a do block").arg(function)};
    Result<Value> object = interpreter.eval(args[0], env);
    if (!object)
        return object;
    if (!object->isStruct(u"Ecto.Migration.Table"))
        return Error{QStringLiteral("no match of right hand side value: %1 (%2 expects a table)").arg(object->inspect(), function), QStringLiteral("MatchError")};
    return withPrefix(*object, state);
}

Result<Value> createBlock(State &state, const std::vector<Ast> &args, Bindings &env, Interpreter &interpreter, bool ifNotExists)
{
    Result<Value> tableValue = blockTable(state, QStringLiteral("create"), args, env, interpreter);
    if (!tableValue)
        return tableValue;
    const Value &prefixed = *tableValue;
    const Ast block = args[1].keywordValue(u"do");
    Result<Table> table = ValueConversion::table(prefixed);
    Result<std::optional<ColumnChange>> pk = table ? primaryKey(prefixed, state) : table.failure();
    if (!pk)
        return pk.failure();
    std::vector<ColumnChange> first;
    if (*pk)
        first.push_back(**pk);
    Result<std::vector<ColumnChange>> columns = runBlock(state, block, env, interpreter, first);
    if (!columns)
        return columns.failure();
    for (const ColumnChange &c : *columns) {
        if (c.kind != ColumnChange::Kind::Add)
            return Error{QStringLiteral("only add/3 and timestamps/1 may be used inside create table"), QStringLiteral("Ecto.MigrationError")};
    }
    queue(state, CreateTable{*table, *columns, ifNotExists});
    return prefixed;
}

Result<Value> alterBlock(State &state, const std::vector<Ast> &args, Bindings &env, Interpreter &interpreter)
{
    Result<Value> tableValue = blockTable(state, QStringLiteral("alter"), args, env, interpreter);
    if (!tableValue)
        return tableValue;
    Result<Table> table = ValueConversion::table(*tableValue);
    const Ast block = args[1].keywordValue(u"do");
    if (!table)
        return table.failure();
    Result<std::vector<ColumnChange>> changes = runBlock(state, block, env, interpreter, {});
    if (!changes)
        return changes.failure();
    queue(state, AlterTable{*table, *changes});
    return V::ok();
}

Result<Value> create(State &state, const Args &args, bool ifNotExists)
{
    const Value object = withPrefix(args[0], state);
    if (object.isStruct(u"Ecto.Migration.Index")) {
        Result<Index> index = ValueConversion::index(object);
        if (!index)
            return index.failure();
        queue(state, CreateIndex{*index, ifNotExists});
        return ifNotExists ? V::ok() : object;
    }
    if (object.isStruct(u"Ecto.Migration.Constraint") && !ifNotExists) {
        Result<Constraint> c = ValueConversion::constraint(object);
        if (!c)
            return c.failure();
        queue(state, CreateConstraint{*c});
        return object;
    }
    if (object.isStruct(u"Ecto.Migration.Table")) {
        Result<Table> table = ValueConversion::table(object);
        Result<std::optional<ColumnChange>> pk = table ? primaryKey(object, state) : table.failure();
        if (!pk)
            return pk.failure();
        CreateTable c{*table, {}, ifNotExists};
        if (*pk)
            c.columns.push_back(**pk);
        queue(state, c);
        return ifNotExists ? V::ok() : object;
    }
    return V::noClause(ifNotExists ? QStringLiteral("create_if_not_exists") : QStringLiteral("create"), args);
}

Result<Value> drop(State &state, const Args &args, bool ifExists)
{
    const Value object = withPrefix(args[0], state);
    const Value opts = args.size() > 1 ? args[1] : Value::list({});
    if (!opts.isList() || !object.isStruct())
        return V::noClause(ifExists ? QStringLiteral("drop_if_exists") : QStringLiteral("drop"), args);
    // Runner.drop_mode/1 knows :restrict and :cascade only.
    const Value mode = V::keywordGet(opts, QStringLiteral("mode"), V::atom("restrict"));
    if (!mode.isAtom(u"restrict") && !mode.isAtom(u"cascade"))
        return Error{QStringLiteral("no function clause matching in Ecto.Migration.Runner.drop_mode/1"), QStringLiteral("FunctionClauseError")};
    const bool cascade = mode.isAtom(u"cascade");
    if (object.isStruct(u"Ecto.Migration.Table")) {
        Result<Table> table = ValueConversion::table(object);
        if (!table)
            return table.failure();
        queue(state, DropTable{*table, ifExists, cascade});
    } else if (object.isStruct(u"Ecto.Migration.Index")) {
        Result<Index> index = ValueConversion::index(object);
        if (!index)
            return index.failure();
        queue(state, DropIndex{*index, ifExists, cascade});
    } else if (object.isStruct(u"Ecto.Migration.Constraint")) {
        Result<Constraint> c = ValueConversion::constraint(object);
        if (!c)
            return c.failure();
        queue(state, DropConstraint{*c, ifExists, cascade});
    } else {
        return Error{QStringLiteral("drop expects a table, an index or a constraint")};
    }
    return object;
}

Result<Value> rename(State &state, const Args &args)
{
    const Value to = args.back().isKeyword() && args.back().elements().size() == 1 ? V::keywordGet(args.back(), QStringLiteral("to")) : Value();
    if (args.size() == 2 && args[0].isStruct(u"Ecto.Migration.Table") && to.isStruct(u"Ecto.Migration.Table")) {
        Result<Table> from = ValueConversion::table(withPrefix(args[0], state));
        Result<Table> target = ValueConversion::table(withPrefix(to, state));
        if (!from || !target)
            return from ? target.failure() : from.failure();
        queue(state, RenameTable{*from, *target});
        return to;
    }
    if (args.size() == 2 && args[0].isStruct(u"Ecto.Migration.Index") && !to.isNil()) {
        Result<Index> index = ValueConversion::index(args[0]);
        Result<QString> name = ValueConversion::name(to);
        if (!index || !name)
            return index ? name.failure() : index.failure();
        queue(state, RenameIndex{*index, *name});
        return args[0].put(V::atom("name"), to);
    }
    if (args.size() == 3 && args[0].isStruct(u"Ecto.Migration.Table") && args[1].isAtom() && to.isAtom()) {
        Result<Table> table = ValueConversion::table(withPrefix(args[0], state));
        if (!table)
            return table.failure();
        queue(state, RenameColumn{*table, args[1].atomName(), to.atomName()});
        return args[0];
    }
    return V::noClause(QStringLiteral("rename"), args);
}

// execute/1,2: SQL strings pass through; a function is run now (Ecto runs it when
// the queue is sent, which sends nothing before it offline) and its Repo calls kept.
Result<Value> execute(State &state, const Args &args, Interpreter &interpreter)
{
    Execute command;
    for (size_t i = 0; i < args.size(); ++i) {
        const Value &part = args[i];
        if (part.isBinary()) {
            (i == 0 ? command.up : command.down.emplace()) = part.text();
        } else if (part.isKeyword() && !part.elements().empty()) {
            command.keywordCommand = true; // the SQL adapters refuse it when it runs
        } else if (part.isFunction() && state.runFunction) {
            // The down part only runs when the command is reversed.
            Result<CommandList> sent = state.runFunction(part, interpreter);
            if (!sent)
                return sent.failure();
            std::vector<DataStatement> statements;
            for (const Command &c : *sent) {
                if (const auto *d = std::get_if<DataStatement>(&c))
                    statements.push_back(*d);
            }
            (i == 0 ? command.upCode : command.downCode) = statements;
            if (i == 1)
                command.down.emplace();
        } else {
            return V::noClause(QStringLiteral("execute"), args);
        }
    }
    return queue(state, command);
}

Result<Value> flush(State &state)
{
    if (state.direction == QLatin1String("down") && !state.definesDown)
        return Error{QStringLiteral("calling flush() inside change when doing rollback is not supported."), QStringLiteral("RuntimeError")};
    if (state.takeRepoCalls) {
        Result<CommandList> calls = state.takeRepoCalls();
        if (!calls)
            return calls.failure();
        state.sent.insert(state.sent.end(), calls->begin(), calls->end());
    }
    state.sent.insert(state.sent.end(), state.queued.begin(), state.queued.end());
    state.queued.clear();
    state.sent.push_back(Flush{});
    return V::ok();
}

void registerCommands(interpreter::HostFunctions &host, const std::shared_ptr<State> &state)
{
    const QString &m = MigrationHost::module;
    for (const bool ifNotExists : {false, true}) {
        const QString name = ifNotExists ? QStringLiteral("create_if_not_exists") : QStringLiteral("create");
        host.add(m, name, 1, [state, ifNotExists](const Args &args, Interpreter &) { return create(*state, args, ifNotExists); });
        host.addMacro(m, name, [state, ifNotExists](const std::vector<Ast> &args, Bindings &env, Interpreter &i) {
            return createBlock(*state, args, env, i, ifNotExists);
        }, 2);
    }
    host.addMacro(m, QStringLiteral("alter"), [state](const std::vector<Ast> &args, Bindings &env, Interpreter &i) {
        return alterBlock(*state, args, env, i);
    }, 2);
    for (int arity : {1, 2}) {
        host.add(m, QStringLiteral("drop"), arity, [state](const Args &args, Interpreter &) { return drop(*state, args, false); });
        host.add(m, QStringLiteral("drop_if_exists"), arity, [state](const Args &args, Interpreter &) { return drop(*state, args, true); });
        host.add(m, QStringLiteral("execute"), arity, [state](const Args &args, Interpreter &i) { return execute(*state, args, i); });
    }
    for (int arity : {2, 3})
        host.add(m, QStringLiteral("rename"), arity, [state](const Args &args, Interpreter &) { return rename(*state, args); });
    host.add(m, QStringLiteral("flush"), 0, [state](const Args &, Interpreter &) { return flush(*state); });
    host.add(m, QStringLiteral("direction"), 0, [state](const Args &, Interpreter &) { return Value::atom(state->direction); });
    host.add(m, QStringLiteral("repo"), 0, [state](const Args &, Interpreter &) { return Value::atom(QStringLiteral("Elixir.") + state->repo); });
    host.add(m, QStringLiteral("prefix"), 0, [](const Args &, Interpreter &) { return Value(); });
}

void registerSubcommands(interpreter::HostFunctions &host, const std::shared_ptr<State> &state)
{
    const QString &m = MigrationHost::module;
    using Kind = ColumnChange::Kind;
    const std::vector<std::tuple<QString, Kind, std::vector<int>>> entries{
        {QStringLiteral("add"), Kind::Add, {2, 3}},
        {QStringLiteral("add_if_not_exists"), Kind::AddIfNotExists, {2, 3}},
        {QStringLiteral("modify"), Kind::Modify, {2, 3}},
        {QStringLiteral("remove"), Kind::Remove, {1, 2, 3}},
        {QStringLiteral("remove_if_exists"), Kind::RemoveIfExists, {1, 2}},
    };
    for (const auto &[name, kind, arities] : entries) {
        for (int arity : arities) {
            host.add(m, name, arity, [state, kind = kind, name = name](const Args &args, Interpreter &) {
                return subcommand(*state, kind, name, args);
            });
        }
    }
    for (int arity : {0, 1})
        host.add(m, QStringLiteral("timestamps"), arity, [state](const Args &args, Interpreter &) { return timestamps(*state, args); });
}

} // namespace

CommandList MigrationHost::State::finish()
{
    CommandList out = std::move(sent);
    out.insert(out.end(), queued.begin(), queued.end());
    sent.clear();
    queued.clear();
    return out;
}

void MigrationHost::registerAll(interpreter::HostFunctions &host, std::shared_ptr<State> state)
{
    MigrationBuilders::registerAll(host, state);
    registerCommands(host, state);
    registerSubcommands(host, state);
}

} // namespace ectowb::migration
