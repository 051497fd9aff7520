#include "migrationvalues.h"

#include "interpreter/keyword.h"

#include <QStringList>

namespace ectowb::migration {

using interpreter::Value;

Value MigrationValues::atom(const char *name)
{
    return Value::atom(QString::fromLatin1(name));
}

Value MigrationValues::ok()
{
    return atom("ok");
}

Error MigrationValues::argumentError(const QString &message)
{
    return Error{message, QStringLiteral("ArgumentError")};
}

Error MigrationValues::noClause(const QString &function, const Args &args)
{
    QStringList shown;
    for (const Value &a : args)
        shown << a.inspect();
    return Error{QStringLiteral("no function clause matching in Ecto.Migration.%1/%2 (called with %3)")
                     .arg(function)
                     .arg(args.size())
                     .arg(shown.join(QStringLiteral(", "))), QStringLiteral("FunctionClauseError")};
}

Value MigrationValues::keywordGet(const Value &list, const QString &key, const Value &fallback)
{
    return interpreter::keyword::get(list, key).value_or(fallback);
}

bool MigrationValues::keywordHas(const Value &list, const QString &key)
{
    return interpreter::keyword::get(list, key).has_value();
}

Value MigrationValues::keywordDelete(const Value &list, const QString &key)
{
    return interpreter::keyword::remove(list, Value::atom(key));
}

Result<Value> MigrationValues::structBang(Value base, const Value &opts)
{
    if (!opts.isKeyword())
        return argumentError(QStringLiteral("expected a keyword list of options, got: %1").arg(opts.inspect()));
    for (const Value &e : opts.elements()) {
        const Value &key = e.elements()[0];
        if (!base.get(key))
            return Error{QStringLiteral("key %1 not found").arg(key.inspect()), QStringLiteral("KeyError")};
        base = base.put(key, e.elements()[1]);
    }
    return base;
}

// The options argument at `index`, [] when the call left it out.
Value MigrationValues::optsAt(const Args &args, size_t index)
{
    return args.size() > index ? args[index] : Value::list({});
}

Value MigrationValues::nameAsString(const Value &name)
{
    return name.isAtom() ? Value::string(name.atomName()) : name;
}

} // namespace ectowb::migration
