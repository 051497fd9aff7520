#include "stdlib.h"

#include "machine.h"
#include "valueformat.h"

namespace ectowb::interpreter {

void registerStdlib(HostFunctions &functions)
{
    registerKernel(functions);
    registerEnum(functions);
    registerString(functions);
    registerCollections(functions);
    registerCalendar(functions);
}

Error argumentError(const QString &message)
{
    return Error{message, QStringLiteral("ArgumentError")};
}

Error noClause(const char *function, const Args &args)
{
    QStringList shown;
    for (const Value &a : args)
        shown << a.inspect();
    return Error{QStringLiteral("no function clause matching in %1/%2 (called with %3)")
                     .arg(QString::fromLatin1(function))
                     .arg(args.size())
                     .arg(shown.join(QStringLiteral(", "))), QStringLiteral("FunctionClauseError")};
}

Value ok(const Value &value)
{
    return Value::tuple({atomValue("ok"), value});
}

Value errorTuple(const Value &value)
{
    return Value::tuple({atomValue("error"), value});
}

Value atomValue(const char *name)
{
    return Value::atom(QString::fromLatin1(name));
}

Value stringValue(const QString &text)
{
    return Value::string(text);
}

static qint64 rangeField(const Value &range, const char *name)
{
    auto v = range.get(QString::fromLatin1(name));
    return v && v->isInteger() ? v->integerValue() : 0;
}

qint64 rangeSize(const Value &range)
{
    const qint64 first = rangeField(range, "first");
    const qint64 last = rangeField(range, "last");
    const qint64 step = rangeField(range, "step");
    if (step == 0 || (step > 0 && first > last) || (step < 0 && first < last))
        return 0;
    return (last - first) / step + 1;
}

Result<std::vector<Value>> enumerate(const Value &enumerable, Interpreter &interpreter)
{
    if (enumerable.isProperList()) {
        if (auto e = interpreter.charge(qint64(enumerable.elements().size())))
            return *e;
        return enumerable.elements();
    }
    if (enumerable.isStruct(u"Range")) {
        const qint64 n = rangeSize(enumerable);
        if (auto e = interpreter.charge(n))
            return *e;
        std::vector<Value> out;
        out.reserve(size_t(n));
        const qint64 first = rangeField(enumerable, "first");
        const qint64 step = rangeField(enumerable, "step");
        for (qint64 i = 0; i < n; ++i)
            out.push_back(Value::integer(first + i * step));
        return out;
    }
    if (enumerable.isStruct(u"MapSet")) {
        auto map = enumerable.get(QStringLiteral("map"));
        std::vector<Value> out;
        for (const auto &p : map ? map->pairs() : std::vector<Value::Pair>())
            out.push_back(p.first);
        return out;
    }
    if (enumerable.isMap()) {
        if (auto e = interpreter.charge(qint64(enumerable.pairs().size())))
            return *e;
        std::vector<Value> out;
        for (const auto &[k, v] : enumerable.pairs())
            out.push_back(Value::tuple({k, v}));
        return out;
    }
    return Error{QStringLiteral("protocol Enumerable not implemented for %1 of type %2")
                     .arg(enumerable.inspect(), typeNameOf(enumerable)), QStringLiteral("Protocol.UndefinedError")};
}

Result<std::vector<Value>> Machine::enumerate(const Value &enumerable, elixir::SourcePos pos)
{
    Result<std::vector<Value>> r = interpreter::enumerate(enumerable, m_owner);
    if (!r)
        return withPosition(r.failure(), pos).failure();
    return r;
}

std::optional<Value> builtinStruct(const QString &module)
{
    if (module == u"MapSet")
        return Value::structure(module, {{atomValue("map"), Value::map({})}});
    return std::nullopt;
}

} // namespace ectowb::interpreter
