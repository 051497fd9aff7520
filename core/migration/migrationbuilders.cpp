#include "migrationbuilders.h"

#include "migrationvalues.h"
#include "valueconversion.h"

#include "interpreter/keyword.h"

#include <QRegularExpression>

namespace ectowb::migration {

using interpreter::Interpreter;
using interpreter::Value;
using V = MigrationValues;
using Args = std::vector<Value>;

namespace {

Value tableStruct(const Value &name)
{
    return Value::structure(QStringLiteral("Ecto.Migration.Table"),
                            {{V::atom("name"), name}, {V::atom("prefix"), Value()}, {V::atom("comment"), Value()},
                             {V::atom("primary_key"), Value::boolean(true)}, {V::atom("engine"), Value()}, {V::atom("options"), Value()}});
}

Value indexStruct(const Value &table, const Value &columns)
{
    return Value::structure(QStringLiteral("Ecto.Migration.Index"),
                            {{V::atom("table"), table}, {V::atom("prefix"), Value()}, {V::atom("name"), Value()},
                             {V::atom("columns"), columns}, {V::atom("unique"), Value::boolean(false)},
                             {V::atom("concurrently"), Value::boolean(false)}, {V::atom("using"), Value()},
                             {V::atom("include"), Value::list({})}, {V::atom("only"), Value::boolean(false)},
                             {V::atom("nulls_distinct"), Value()}, {V::atom("where"), Value()}, {V::atom("comment"), Value()},
                             {V::atom("options"), Value()}});
}

Value referenceStruct(const Value &table)
{
    return Value::structure(QStringLiteral("Ecto.Migration.Reference"),
                            {{V::atom("name"), Value()}, {V::atom("prefix"), Value()}, {V::atom("table"), table},
                             {V::atom("column"), V::atom("id")}, {V::atom("type"), V::atom("bigserial")},
                             {V::atom("on_delete"), V::atom("nothing")}, {V::atom("on_update"), V::atom("nothing")},
                             {V::atom("validate"), Value::boolean(true)}, {V::atom("with"), Value::list({})},
                             {V::atom("match"), Value()}, {V::atom("options"), Value::list({})}});
}

Value constraintStruct(const Value &table, const Value &name)
{
    return Value::structure(QStringLiteral("Ecto.Migration.Constraint"),
                            {{V::atom("name"), name}, {V::atom("table"), table}, {V::atom("check"), Value()},
                             {V::atom("exclude"), Value()}, {V::atom("prefix"), Value()}, {V::atom("comment"), Value()},
                             {V::atom("validate"), Value::boolean(true)}});
}



// default_index_name/1: each column (the column of a {direction, column} pair)
// through to_string, non-word characters to "_", trailing "_" trimmed; joined by "_".
Result<Value> defaultIndexName(const Value &table, const Value &columns)
{
    QStringList parts{table.text()};
    static const QRegularExpression nonWord(QStringLiteral("[^\\w]"), QRegularExpression::UseUnicodePropertiesOption);
    for (Value c : columns.elements()) {
        if (c.isTuple(2))
            c = c.elements()[1];
        Result<QString> text = c.toString();
        if (!text)
            return text.failure();
        QString part = *text;
        part.replace(nonWord, QStringLiteral("_"));
        while (part.endsWith(u'_'))
            part.chop(1);
        parts << part;
    }
    parts << QStringLiteral("index");
    return Value::atom(parts.join(u'_'));
}

Result<Value> index(const Args &args)
{
    const Value table = V::nameAsString(args[0]);
    Value columns = args[1];
    const Value opts = args.size() > 2 ? args[2] : Value::list({});
    if (columns.isAtom())
        columns = Value::list({columns});
    if (!table.isBinary() || !columns.isList() || !opts.isList())
        return V::noClause(QStringLiteral("index"), args);
    // validate_index_opts!/1
    if (!V::keywordGet(opts, QStringLiteral("nulls_distinct")).isNil() && !V::keywordGet(opts, QStringLiteral("unique")).isTrue())
        return V::argumentError(QStringLiteral("the `nulls_distinct` option can only be used with unique indexes"));
    int wheres = 0;
    for (const Value &e : opts.elements())
        wheres += e.isTuple(2) && e.elements()[0].isAtom(u"where") ? 1 : 0;
    if (wheres > 1)
        return V::argumentError(QStringLiteral("only one `where` keyword is supported when declaring a partial index. "
                                            "To specify multiple conditions, write a single WHERE clause using AND between them"));
    Result<Value> built = V::structBang(indexStruct(table, columns), opts);
    if (!built || !built->get(QStringLiteral("name"))->isNil())
        return built;
    Result<Value> name = defaultIndexName(table, columns);
    if (!name)
        return name;
    return built->put(V::atom("name"), *name);
}



} // namespace

std::optional<Error> MigrationBuilders::validateType(const Value &type)
{
    if (type.isAtom(u"datetime"))
        return V::argumentError(QStringLiteral("the :datetime type in migrations is not supported, please use :utc_datetime or :naive_datetime instead"));
    const Error invalid = V::argumentError(QStringLiteral("invalid migration type: %1").arg(type.inspect()));
    if (type.isAtom())
        return type.atomName().startsWith(QLatin1String("Elixir.")) ? std::optional(invalid) : std::nullopt;
    if (type.isTuple(2) && type.elements()[0].isAtom()) {
        const Value &sub = type.elements()[1];
        if (sub.isAtom())
            return validateType(sub);
        if (sub.isTuple()) {
            for (const Value &t : sub.elements()) {
                if (auto e = validateType(t))
                    return e;
            }
            return std::nullopt;
        }
    }
    if (type.isStruct(u"Ecto.Migration.Reference"))
        return std::nullopt;
    return invalid;
}

std::optional<Error> MigrationBuilders::validatePrecision(const Value &opts, const Value &column)
{
    if (V::keywordGet(opts, QStringLiteral("scale")).isTruthy() && !V::keywordGet(opts, QStringLiteral("precision")).isTruthy())
        return V::argumentError(QStringLiteral("column %1 is missing precision option").arg(column.atomName()));
    return std::nullopt;
}

void MigrationBuilders::registerAll(interpreter::HostFunctions &host, const std::shared_ptr<MigrationHost::State> &state)
{
    const QString &m = MigrationHost::module;
    for (int arity : {1, 2}) {
        host.add(m, QStringLiteral("table"), arity, [](const Args &args, Interpreter &) -> Result<Value> {
            const Value name = V::nameAsString(args[0]);
            const Value opts = V::optsAt(args, 1);
            if (!name.isBinary() || !opts.isList())
                return V::noClause(QStringLiteral("table"), args);
            return V::structBang(tableStruct(name), opts);
        });
        host.add(m, QStringLiteral("references"), arity, [state](const Args &args, Interpreter &) -> Result<Value> {
            const Value table = V::nameAsString(args[0]);
            const Value given = V::optsAt(args, 1);
            if (!table.isBinary() || !given.isList())
                return V::noClause(QStringLiteral("references"), args);
            // foreign_key_repo_opts/0, then the given options; prefix: also goes to options:
            Value repoOpts = state->config.primaryKey.isKeyword()
                                 ? Value::list(V::keywordHas(state->config.primaryKey, QStringLiteral("type"))
                                                   ? std::vector<Value>{Value::tuple({V::atom("type"), V::keywordGet(state->config.primaryKey, QStringLiteral("type"))})}
                                                   : std::vector<Value>{})
                                 : Value::list({});
            repoOpts = interpreter::keyword::merge(repoOpts, state->config.foreignKey);
            std::vector<Value> prefixOpts;
            if (V::keywordHas(given, QStringLiteral("prefix")))
                prefixOpts.push_back(Value::tuple({V::atom("prefix"), V::keywordGet(given, QStringLiteral("prefix"))}));
            Value opts = interpreter::keyword::merge(repoOpts, given);
            opts = interpreter::keyword::merge(opts, Value::keyword({{QStringLiteral("options"), Value::list(prefixOpts)}}));
            Result<Value> ref = V::structBang(referenceStruct(table), opts);
            if (!ref)
                return ref;
            Result<ForeignKeyAction> onDelete = ValueConversion::action(*ref->get(QStringLiteral("on_delete")), true);
            if (!onDelete)
                return V::argumentError(QStringLiteral("unknown :on_delete value: %1").arg(ref->get(QStringLiteral("on_delete"))->inspect()));
            Result<ForeignKeyAction> onUpdate = ValueConversion::action(*ref->get(QStringLiteral("on_update")), false);
            if (!onUpdate)
                return V::argumentError(QStringLiteral("unknown :on_update value: %1").arg(ref->get(QStringLiteral("on_update"))->inspect()));
            return ref;
        });
    }
    for (int arity : {2, 3}) {
        host.add(m, QStringLiteral("index"), arity, [](const Args &args, Interpreter &) { return index(args); });
        host.add(m, QStringLiteral("unique_index"), arity, [](const Args &args, Interpreter &) -> Result<Value> {
            const Value opts = V::optsAt(args, 2);
            if (!opts.isList())
                return V::noClause(QStringLiteral("unique_index"), args);
            std::vector<Value> merged{Value::tuple({V::atom("unique"), Value::boolean(true)})};
            merged.insert(merged.end(), opts.elements().begin(), opts.elements().end());
            return index({args[0], args[1], Value::list(merged)});
        });
        host.add(m, QStringLiteral("constraint"), arity, [](const Args &args, Interpreter &) -> Result<Value> {
            const Value table = V::nameAsString(args[0]);
            const Value opts = V::optsAt(args, 2);
            if (!table.isBinary() || !opts.isList())
                return V::noClause(QStringLiteral("constraint"), args);
            return V::structBang(constraintStruct(table, args[1]), opts);
        });
    }
    host.add(m, QStringLiteral("fragment"), 1, [](const Args &args, Interpreter &) -> Result<Value> {
        if (!args[0].isBinary())
            return V::noClause(QStringLiteral("fragment"), args);
        return Value::tuple({V::atom("fragment"), args[0]});
    });
}

} // namespace ectowb::migration
