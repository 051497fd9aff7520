#include "projecttypes.h"

#include "interpreter/interpreter.h"
#include "value/termvalue.h"

namespace ectowb::changeset {

using interpreter::Value;
using value::TermValue;

namespace {

// Keyword.merge(opts, field: name, schema: module), as Ecto.Schema builds the
// argument of init/1: the given options without those keys, then the two keys.
Value initOptions(const Value &declared, const QString &field, const QString &schema)
{
    std::vector<Value> out;
    for (const Value &kv : declared.elements()) {
        const Value &key = kv.elements()[0];
        if (!key.isAtom(u"field") && !key.isAtom(u"schema"))
            out.push_back(kv);
    }
    out.push_back(Value::tuple({Value::atom(QStringLiteral("field")), Value::atom(field)}));
    out.push_back(Value::tuple({Value::atom(QStringLiteral("schema")), Value::atom(schema)}));
    return Value::list(std::move(out));
}

} // namespace

ProjectTypes::ProjectTypes(std::function<interpreter::Interpreter *()> interpreter,
                           std::shared_ptr<ChangesetHost::Context> host)
    : m_interpreter(std::move(interpreter)), m_host(std::move(host))
{
}

// Ecto.Schema's rule: a module exporting type/0 is an Ecto.Type, one exporting
// type/1 an Ecto.ParameterizedType. A module without either (an incomplete type the
// interpreter still sees) is told by the cast it defines.
ProjectTypes::Kind ProjectTypes::kindOf(const QString &module) const
{
    const interpreter::Interpreter *interp = m_interpreter();
    if (interp->hasFunction(module, QStringLiteral("type"), 0))
        return Kind::Plain;
    if (interp->hasFunction(module, QStringLiteral("type"), 1))
        return Kind::Parameterized;
    if (interp->hasFunction(module, QStringLiteral("cast"), 1))
        return Kind::Plain;
    if (interp->hasFunction(module, QStringLiteral("cast"), 2))
        return Kind::Parameterized;
    return Kind::Unknown;
}

Result<Value> ProjectTypes::call(const QString &module, const QString &function, std::vector<Value> args)
{
    m_host->raised.reset();
    Result<Value> result = m_interpreter()->call(module, function, args);
    m_host->raised.reset();
    return result;
}

const ProjectTypes::Parameters &ProjectTypes::parameters(const QString &schema, const schema::Field &field)
{
    const QString key = schema + QLatin1Char('.') + field.name;
    if (const auto it = m_parameters.constFind(key); it != m_parameters.constEnd())
        return *it;
    const QString module = field.type.name();
    Parameters out;
    out.type = Term::atom(module);
    interpreter::Interpreter *interp = m_interpreter();
    // The options as written in the schema, evaluated where the schema is (its aliases
    // and attributes), so `values: @kinds` reaches init/1 as Ecto gives it.
    Result<Value> declared = Value::list({});
    if (field.options.isValid()) {
        interpreter::Bindings env = interp->moduleBindings(schema);
        declared = interp->eval(field.options, env);
    }
    if (!declared) {
        out.reason = QStringLiteral("the options of :%1 could not be evaluated: %2").arg(field.name, declared.error());
    } else if (!declared->isKeyword()) {
        out.reason = QStringLiteral("the options of :%1 are not a keyword list").arg(field.name);
    } else if (!interp->hasFunction(module, QStringLiteral("init"), 1)) {
        out.reason = QStringLiteral("%1 defines no init/1, so its params are unknown").arg(module);
    } else {
        const Result<Value> params = call(module, QStringLiteral("init"), {initOptions(*declared, field.name, schema)});
        if (!params) {
            out.reason = QStringLiteral("%1.init/1 could not be evaluated: %2").arg(module, params.error());
        } else {
            out.params = *params;
            if (const Result<Term> term = TermValue::fromValue(*params))
                out.type = Term::tuple({Term::atom(QStringLiteral("parameterized")), Term::tuple({out.type, *term})});
        }
    }
    return *m_parameters.insert(key, std::move(out));
}

std::optional<bool> ProjectTypes::equal(const QString &module, const std::optional<Value> &params, const Term &a,
                                        const Term &b, QString *reason)
{
    if (a.isNil() && b.isNil()) // Ecto.Type.equal?/3 answers before asking the module
        return true;
    const int arity = params ? 3 : 2;
    // `use Ecto.Type` / `use Ecto.ParameterizedType` define equal? as ==, overridable.
    if (!m_interpreter()->hasFunction(module, QStringLiteral("equal?"), arity))
        return a.looseEquals(b);
    std::vector<Value> args = {TermValue::toValue(a), TermValue::toValue(b)};
    if (params)
        args.push_back(*params);
    const Result<Value> result = call(module, QStringLiteral("equal?"), std::move(args));
    if (result && result->isBoolean())
        return result->isTrue();
    *reason = result ? QStringLiteral("%1.equal?/%2 returned %3, not a boolean").arg(module).arg(arity).arg(result->inspect())
                     : QStringLiteral("%1.equal?/%2 could not be evaluated: %3").arg(module).arg(arity).arg(result.error());
    return std::nullopt;
}

// Ecto.Type.cast/2: a parameterized type gets every value, nil included; an
// Ecto.Type never sees nil. {:ok, v}, :error and {:error, keys} are Ecto's answers.
CustomCastOutcome ProjectTypes::cast(const QString &schema, const schema::Field &field, const Term &value,
                                     const Term &current)
{
    CustomCastOutcome out;
    const QString module = field.type.name();
    out.type = Term::atom(module);
    if (!m_interpreter()->hasModule(module)) {
        out.reason = QStringLiteral("%1 is not a module of this project, so its cast cannot run").arg(module);
        return out;
    }
    const Kind kind = kindOf(module);
    if (kind == Kind::Unknown) {
        out.reason = QStringLiteral("%1 defines neither cast/1 (Ecto.Type) nor cast/2 (Ecto.ParameterizedType)").arg(module);
        return out;
    }
    std::optional<Value> params;
    Result<Value> result = Value::tuple({Value::atom(QStringLiteral("ok")), Value::nil()});
    if (kind == Kind::Parameterized) {
        const Parameters &p = parameters(schema, field);
        if (!p.params) {
            out.reason = p.reason;
            return out;
        }
        params = p.params;
        out.type = p.type;
        result = call(module, QStringLiteral("cast"), {TermValue::toValue(value), *params});
    } else if (!value.isNil()) {
        result = call(module, QStringLiteral("cast"), {TermValue::toValue(value)});
    }
    const QString function = params ? QStringLiteral("cast/2") : QStringLiteral("cast/1");
    if (!result) {
        out.reason = QStringLiteral("%1.%2 could not be evaluated: %3").arg(module, function, result.error());
        return out;
    }
    if (result->isAtom(u"error")) {
        out.status = CustomCastOutcome::Status::Invalid;
        return out;
    }
    if (result->isTuple(2) && result->elements()[0].isAtom()) {
        const Result<Term> payload = TermValue::fromValue(result->elements()[1]);
        if (result->elements()[0].isAtom(u"ok") && payload) {
            QString reason;
            const std::optional<bool> same = equal(module, params, current, *payload, &reason);
            if (!same) {
                out.reason = reason;
                return out;
            }
            out.status = CustomCastOutcome::Status::Ok;
            out.value = *payload;
            out.unchanged = *same;
            return out;
        }
        if (result->elements()[0].isAtom(u"error") && payload && payload->isKeyword()) {
            out.status = CustomCastOutcome::Status::Invalid;
            for (const Term &kv : payload->elements())
                out.keys.emplace_back(kv.elements()[0].text(), kv.elements()[1]);
            return out;
        }
    }
    out.reason = QStringLiteral("%1.%2 returned %3, not {:ok, value}, :error or {:error, keys}")
                     .arg(module, function, result->inspect());
    return out;
}

} // namespace ectowb::changeset
