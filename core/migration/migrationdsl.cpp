#include "migrationdsl.h"

#include "termconversion.h"

namespace ectowb::migration {

using elixir::Ast;

namespace {

// A struct term from a builder's positional arguments and its keyword options.
Term builderStruct(const QString &name, std::vector<Term::Pair> fields, const Term &opts)
{
    if (opts.isKeyword()) {
        for (const Term &entry : opts.elements())
            fields.emplace_back(entry.elements()[0], entry.elements()[1]);
    }
    return Term::structure(name, std::move(fields));
}

Term key(const char *name)
{
    return Term::atom(QString::fromLatin1(name));
}

bool cascade(const std::vector<Term> &args)
{
    return args.size() > 1 && args[1].get(QStringLiteral("mode")).value_or(Term()).isAtom(QStringLiteral("cascade"));
}

} // namespace

Result<Term> MigrationDsl::emit(Command command)
{
    if (!sink)
        return Error{QStringLiteral("a migration command outside a migration function")};
    sink->push_back(std::move(command));
    return Term::atom(QStringLiteral("ok"));
}

std::optional<Result<Term>> MigrationDsl::call(Evaluator &ev, const Ast &call, Evaluator::Bindings &env)
{
    const QString name = call.callName();
    const auto &rawArgs = call.args();
    const bool hasBlock = !rawArgs.empty() && Evaluator::keywordEntry(rawArgs.back(), QStringLiteral("do")).has_value();
    if ((name == QLatin1String("create") || name == QLatin1String("create_if_not_exists")) && hasBlock)
        return create(ev, call, env, name == QLatin1String("create_if_not_exists"));
    if (name == QLatin1String("alter") && hasBlock)
        return alter(ev, call, env);

    static const QStringList known{
        QStringLiteral("table"), QStringLiteral("index"), QStringLiteral("unique_index"), QStringLiteral("constraint"),
        QStringLiteral("references"), QStringLiteral("fragment"), QStringLiteral("create"), QStringLiteral("create_if_not_exists"),
        QStringLiteral("drop"), QStringLiteral("drop_if_exists"), QStringLiteral("rename"), QStringLiteral("execute"),
        QStringLiteral("flush"), QStringLiteral("add"), QStringLiteral("add_if_not_exists"), QStringLiteral("modify"),
        QStringLiteral("remove"), QStringLiteral("remove_if_exists"), QStringLiteral("timestamps")};
    if (!known.contains(name))
        return std::nullopt;
    std::vector<Term> args;
    for (const Ast &raw : rawArgs) {
        Result<Term> value = ev.eval(raw, env);
        if (!value)
            return value;
        args.push_back(*value);
    }
    const size_t n = args.size();
    const Term none = Term::list({});
    if (name == QLatin1String("table") && (n == 1 || n == 2))
        return builderStruct(QStringLiteral("Table"), {{key("name"), args[0]}}, n == 2 ? args[1] : none);
    if ((name == QLatin1String("index") || name == QLatin1String("unique_index")) && (n == 2 || n == 3)) {
        std::vector<Term::Pair> fields{{key("table"), args[0]}, {key("columns"), args[1]}};
        if (name == QLatin1String("unique_index"))
            fields.emplace_back(key("unique"), Term::boolean(true));
        return builderStruct(QStringLiteral("Index"), fields, n == 3 ? args[2] : none);
    }
    if (name == QLatin1String("constraint") && (n == 2 || n == 3))
        return builderStruct(QStringLiteral("Constraint"), {{key("table"), args[0]}, {key("name"), args[1]}}, n == 3 ? args[2] : none);
    if (name == QLatin1String("references") && (n == 1 || n == 2))
        return builderStruct(QStringLiteral("Reference"), {{key("table"), args[0]}}, n == 2 ? args[1] : none);
    if (name == QLatin1String("fragment") && n == 1 && args[0].isString())
        return Term::tuple({key("fragment"), args[0]});
    if (name == QLatin1String("flush") && n == 0)
        return emit(Flush{});
    if (name == QLatin1String("execute") && (n == 1 || n == 2)) {
        for (const Term &sql : args) {
            if (!sql.isString())
                return Result<Term>(Error{QStringLiteral("execute with something other than SQL strings")});
        }
        return emit(Execute{args[0].text(), n == 2 ? std::optional<QString>(args[1].text()) : std::nullopt});
    }
    if ((name == QLatin1String("create") || name == QLatin1String("create_if_not_exists")) && n == 1) {
        const bool ifNotExists = name == QLatin1String("create_if_not_exists");
        if (args[0].isStruct(QStringLiteral("Index"))) {
            auto index = TermConversion::index(args[0]);
            return index ? emit(CreateIndex{*index, ifNotExists}) : Result<Term>(index.failure());
        }
        if (args[0].isStruct(QStringLiteral("Constraint")) && !ifNotExists) {
            auto c = TermConversion::constraint(args[0]);
            if (c && !c->check && !c->exclude)
                return Result<Term>(Error{QStringLiteral("a constraint must have either a check or exclude option")});
            return c ? emit(CreateConstraint{*c}) : Result<Term>(c.failure());
        }
        if (args[0].isStruct(QStringLiteral("Table"))) {
            auto table = TermConversion::table(args[0]);
            auto pk = TermConversion::primaryKeyColumn(args[0]);
            if (!table || !pk)
                return Result<Term>(Error{table ? pk.error() : table.error()});
            CreateTable c{*table, {}, ifNotExists};
            if (*pk)
                c.columns.push_back(**pk);
            return emit(c);
        }
    }
    if ((name == QLatin1String("drop") || name == QLatin1String("drop_if_exists")) && (n == 1 || n == 2))
        return drop(args, name == QLatin1String("drop_if_exists"));
    if (name == QLatin1String("rename") && (n == 2 || n == 3))
        return rename(args);
    if (name == QLatin1String("timestamps") && n <= 1)
        return timestamps(args);
    if (name != QLatin1String("create") && name != QLatin1String("create_if_not_exists") && name != QLatin1String("drop")
        && name != QLatin1String("drop_if_exists") && name != QLatin1String("rename") && name != QLatin1String("timestamps"))
        return columnChange(name, args);
    return Result<Term>(Error{QStringLiteral("unsupported use of %1/%2").arg(name).arg(n)});
}

Result<std::vector<ColumnChange>> MigrationDsl::block(Evaluator &ev, const Ast &call, Evaluator::Bindings &env)
{
    std::vector<ColumnChange> columns;
    std::vector<ColumnChange> *outer = m_columns;
    m_columns = &columns;
    Evaluator::Bindings scope = env;
    Result<Term> result = ev.eval(*Evaluator::keywordEntry(call.args().back(), QStringLiteral("do")), scope);
    m_columns = outer;
    if (!result)
        return result.failure();
    return columns;
}

Result<Term> MigrationDsl::create(Evaluator &ev, const Ast &call, Evaluator::Bindings &env, bool ifNotExists)
{
    if (call.args().size() != 2)
        return Error{QStringLiteral("create/2 expects a table and a do block")};
    Result<Term> tableTerm = ev.eval(call.args()[0], env);
    if (!tableTerm)
        return tableTerm;
    auto table = TermConversion::table(*tableTerm);
    auto pk = table ? TermConversion::primaryKeyColumn(*tableTerm) : Result<std::optional<ColumnChange>>(table.failure());
    if (!pk)
        return pk.failure();
    auto columns = block(ev, call, env);
    if (!columns)
        return columns.failure();
    CreateTable c{*table, {}, ifNotExists};
    if (*pk)
        c.columns.push_back(**pk);
    for (const ColumnChange &column : *columns) {
        if (column.kind != ColumnChange::Kind::Add)
            return Error{QStringLiteral("only add/3 and timestamps/1 may be used inside create table")};
        c.columns.push_back(column);
    }
    return emit(c);
}

Result<Term> MigrationDsl::alter(Evaluator &ev, const Ast &call, Evaluator::Bindings &env)
{
    if (call.args().size() != 2)
        return Error{QStringLiteral("alter/2 expects a table and a do block")};
    Result<Term> tableTerm = ev.eval(call.args()[0], env);
    if (!tableTerm)
        return tableTerm;
    auto table = TermConversion::table(*tableTerm);
    if (!table)
        return table.failure();
    auto changes = block(ev, call, env);
    if (!changes)
        return changes.failure();
    return emit(AlterTable{*table, *changes});
}

Result<Term> MigrationDsl::drop(const std::vector<Term> &args, bool ifExists)
{
    const Term &object = args[0];
    if (object.isStruct(QStringLiteral("Table"))) {
        auto table = TermConversion::table(object);
        return table ? emit(DropTable{*table, ifExists, cascade(args)}) : Result<Term>(table.failure());
    }
    if (object.isStruct(QStringLiteral("Index"))) {
        auto index = TermConversion::index(object);
        return index ? emit(DropIndex{*index, ifExists, cascade(args)}) : Result<Term>(index.failure());
    }
    if (object.isStruct(QStringLiteral("Constraint"))) {
        auto c = TermConversion::constraint(object);
        return c ? emit(DropConstraint{*c, ifExists, cascade(args)}) : Result<Term>(c.failure());
    }
    return Error{QStringLiteral("drop expects a table, an index or a constraint")};
}

Result<Term> MigrationDsl::rename(const std::vector<Term> &args)
{
    const Term to = args.back().get(QStringLiteral("to")).value_or(Term());
    if (args.size() == 2 && args[0].isStruct(QStringLiteral("Table")) && to.isStruct(QStringLiteral("Table"))) {
        auto from = TermConversion::table(args[0]);
        auto target = TermConversion::table(to);
        if (!from || !target)
            return Error{from ? target.error() : from.error()};
        return emit(RenameTable{*from, *target});
    }
    if (args.size() == 2 && args[0].isStruct(QStringLiteral("Index"))) {
        auto index = TermConversion::index(args[0]);
        auto name = TermConversion::name(to);
        if (!index || !name)
            return Error{index ? name.error() : index.error()};
        return emit(RenameIndex{*index, *name});
    }
    if (args.size() == 3 && args[0].isStruct(QStringLiteral("Table"))) {
        auto table = TermConversion::table(args[0]);
        auto from = TermConversion::name(args[1]);
        auto name = TermConversion::name(to);
        if (!table || !from || !name)
            return Error{QStringLiteral("rename/3 expects a table, a column and to: a column")};
        return emit(RenameColumn{*table, *from, *name});
    }
    return Error{QStringLiteral("unsupported rename")};
}

Result<Term> MigrationDsl::columnChange(const QString &name, const std::vector<Term> &args)
{
    if (!m_columns)
        return Error{QStringLiteral("%1 outside a create or alter block").arg(name)};
    using Kind = ColumnChange::Kind;
    static const QHash<QString, Kind> kinds{{QStringLiteral("add"), Kind::Add},
                                            {QStringLiteral("add_if_not_exists"), Kind::AddIfNotExists},
                                            {QStringLiteral("modify"), Kind::Modify},
                                            {QStringLiteral("remove"), Kind::Remove},
                                            {QStringLiteral("remove_if_exists"), Kind::RemoveIfExists}};
    ColumnChange change;
    change.kind = kinds.value(name);
    const bool typeRequired = change.kind == Kind::Add || change.kind == Kind::AddIfNotExists || change.kind == Kind::Modify;
    if (args.empty() || args.size() > 3 || (typeRequired && args.size() < 2))
        return Error{QStringLiteral("wrong number of arguments to %1").arg(name)};
    auto column = TermConversion::name(args[0]);
    if (!column)
        return column.failure();
    change.column = *column;
    if (args.size() >= 2) {
        auto type = TermConversion::columnType(args[1]);
        if (!type)
            return type.failure();
        change.type = *type;
    }
    if (args.size() == 3) {
        auto options = TermConversion::columnOptions(args[2]);
        if (!options)
            return options.failure();
        change.options = *options;
    }
    m_columns->push_back(change);
    return Term::atom(QStringLiteral("ok"));
}

Result<Term> MigrationDsl::timestamps(const std::vector<Term> &args)
{
    if (!m_columns)
        return Error{QStringLiteral("timestamps outside a create or alter block")};
    const Term opts = args.empty() ? Term::list({}) : args[0];
    if (!opts.isKeyword())
        return Error{QStringLiteral("timestamps expects a keyword list")};
    // Ecto's timestamps/1: null: false unless given; type, inserted_at and
    // updated_at are its own options, the rest go to both columns.
    Term type = Term::atom(QStringLiteral("naive_datetime"));
    Term insertedAt = Term::atom(QStringLiteral("inserted_at"));
    Term updatedAt = Term::atom(QStringLiteral("updated_at"));
    std::vector<Term> rest;
    for (const Term &entry : opts.elements()) {
        const QString k = entry.elements()[0].atomName();
        if (k == QLatin1String("type"))
            type = entry.elements()[1];
        else if (k == QLatin1String("inserted_at"))
            insertedAt = entry.elements()[1];
        else if (k == QLatin1String("updated_at"))
            updatedAt = entry.elements()[1];
        else
            rest.push_back(entry);
    }
    if (!opts.has(QStringLiteral("null")))
        rest.push_back(Term::tuple({key("null"), Term::boolean(false)}));
    for (const Term &column : {insertedAt, updatedAt}) {
        if (column.isAtom(QStringLiteral("false")))
            continue;
        if (Result<Term> r = columnChange(QStringLiteral("add"), {column, type, Term::list(rest)}); !r)
            return r;
    }
    return Term::atom(QStringLiteral("ok"));
}

} // namespace ectowb::migration
