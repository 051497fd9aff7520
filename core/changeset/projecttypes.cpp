#include "projecttypes.h"

#include "typecaster.h"

#include "interpreter/interpreter.h"
#include "interpreter/keyword.h"
#include "value/termvalue.h"

namespace ectowb::changeset {

using interpreter::Value;
using value::TermValue;

namespace {

// Keyword.merge(opts, field: name, schema: module), as Ecto.Schema builds the
// argument of init/1: the given options without those keys, then the two keys.
Value initOptions(const Value &declared, const QString &field, const QString &schema)
{
    return interpreter::keyword::merge(declared, Value::keyword({{QStringLiteral("field"), Value::atom(field)},
                                                                  {QStringLiteral("schema"), Value::atom(schema)}}));
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

// Ecto.Schema runs init/1 once per field with the declaration's options; a
// {:array, Mod} or {:map, Mod} field gives the same options to Mod's init/1.
const ProjectTypes::Parameters &ProjectTypes::parameters(const QString &schema, const schema::Field &field,
                                                         const QString &module)
{
    const QString key = schema + QLatin1Char('.') + field.name;
    if (const auto it = m_parameters.constFind(key); it != m_parameters.constEnd())
        return *it;
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

// The innermost type of the field: the project module its elements are cast by.
static QString leafModule(const schema::EctoType &type)
{
    const bool composite = type.kind() == schema::EctoType::Kind::Array || type.kind() == schema::EctoType::Kind::Map;
    return composite ? leafModule(type.inner()) : type.name();
}

std::optional<ProjectTypes::Leaf> ProjectTypes::leaf(const QString &schema, const schema::Field &field, QString *reason)
{
    Leaf out;
    out.module = leafModule(field.type);
    out.type = Term::atom(out.module);
    if (!m_interpreter()->hasModule(out.module)) {
        *reason = QStringLiteral("%1 is not a module of this project, so its cast cannot run").arg(out.module);
        return std::nullopt;
    }
    const Kind kind = kindOf(out.module);
    if (kind == Kind::Unknown) {
        *reason = QStringLiteral("%1 defines neither cast/1 (Ecto.Type) nor cast/2 (Ecto.ParameterizedType)").arg(out.module);
        return std::nullopt;
    }
    if (kind == Kind::Parameterized) {
        const Parameters &p = parameters(schema, field, out.module);
        if (!p.params) {
            *reason = p.reason;
            return std::nullopt;
        }
        out.params = p.params;
        out.type = p.type;
    }
    return out;
}

// Ecto.Type.cast/2 of one value: a parameterized type gets every value, nil
// included; an Ecto.Type never sees nil. {:ok, v}, :error and {:error, keys} are
// Ecto's answers; anything else is the project's bug, not an invalid value.
ProjectTypes::Step ProjectTypes::castLeaf(const Leaf &leaf, const Term &value)
{
    Step out;
    Result<Value> result = Value::tuple({Value::atom(QStringLiteral("ok")), Value::nil()});
    if (leaf.params)
        result = call(leaf.module, QStringLiteral("cast"), {TermValue::toValue(value), *leaf.params});
    else if (!value.isNil())
        result = call(leaf.module, QStringLiteral("cast"), {TermValue::toValue(value)});
    const QString function = leaf.params ? QStringLiteral("cast/2") : QStringLiteral("cast/1");
    if (!result) {
        out.reason = QStringLiteral("%1.%2 could not be evaluated: %3").arg(leaf.module, function, result.error());
        return out;
    }
    if (result->isAtom(u"error")) {
        out.status = Step::Status::Error;
        return out;
    }
    if (result->isTuple(2) && result->elements()[0].isAtom()) {
        const Result<Term> payload = TermValue::fromValue(result->elements()[1]);
        if (result->elements()[0].isAtom(u"ok") && payload) {
            out.status = Step::Status::Ok;
            out.value = *payload;
            return out;
        }
        if (result->elements()[0].isAtom(u"error") && payload && payload->isKeyword()) {
            out.status = Step::Status::Error;
            out.custom = true;
            for (const Term &kv : payload->elements())
                out.keys.emplace_back(kv.elements()[0].text(), kv.elements()[1]);
            return out;
        }
    }
    out.reason = QStringLiteral("%1.%2 returned %3, not {:ok, value}, :error or {:error, keys}")
                     .arg(leaf.module, function, result->inspect());
    return out;
}

CustomCastOutcome ProjectTypes::cast(const QString &schema, const schema::Field &field, const Term &value,
                                     const Term &current)
{
    CustomCastOutcome out;
    const std::optional<Leaf> found = leaf(schema, field, &out.reason);
    out.type = found ? typeTerm(field.type, *found) : Term::atom(leafModule(field.type));
    if (!found)
        return out;
    const Step step = castValue(field.type, *found, value);
    switch (step.status) {
    case Step::Status::NotEvaluable:
        out.reason = step.reason;
        return out;
    case Step::Status::Error:
        out.status = CustomCastOutcome::Status::Invalid;
        out.keys = step.keys;
        return out;
    case Step::Status::Ok:
        break;
    }
    QString reason;
    const std::optional<bool> same = equalValues(field.type, *found, current, step.value, &reason);
    if (!same) {
        out.reason = reason;
        return out;
    }
    out.status = CustomCastOutcome::Status::Ok;
    out.value = step.value;
    out.unchanged = *same;
    return out;
}

// What type/0 answers, as the adapter dumps by it: a primitive, {:array, t} or
// {:map, t}. nullopt for another module (a type of types the tool does not chase).
static std::optional<schema::EctoType> adapterType(const Value &type)
{
    if (type.isAtom())
        return type.atomName().front().isLower() ? std::optional(schema::EctoType::primitive(type.atomName())) : std::nullopt;
    if (!type.isTuple(2) || !type.elements()[0].isAtom())
        return std::nullopt;
    const std::optional<schema::EctoType> inner = adapterType(type.elements()[1]);
    if (!inner)
        return std::nullopt;
    if (type.elements()[0].isAtom(u"array"))
        return schema::EctoType::array(*inner);
    if (type.elements()[0].isAtom(u"map"))
        return schema::EctoType::map(*inner);
    return std::nullopt;
}

// Ecto.Type.format/1: a composite as {:array, Inner}, a module by its name.
static QString formatType(const schema::EctoType &type)
{
    switch (type.kind()) {
    case schema::EctoType::Kind::Custom:
        return type.name();
    case schema::EctoType::Kind::Array:
        return QStringLiteral("{:array, %1}").arg(formatType(type.inner()));
    case schema::EctoType::Kind::Map:
        return QStringLiteral("{:map, %1}").arg(formatType(type.inner()));
    default:
        return TermValue::toValue(TypeCaster::typeTerm(type)).inspect();
    }
}

// Whether Ecto.Type.dump/2 or load/2 (`function`) runs for a type built of project
// Ecto.Types: a module with type/0 and `function`/1, or {:array, _} / {:map, _} of
// one. Parameterized types (dump/3, load/3 with the adapter's function) are not run.
bool ProjectTypes::convertible(const schema::EctoType &type, const QString &function) const
{
    switch (type.kind()) {
    case schema::EctoType::Kind::Custom:
        return m_interpreter()->hasModule(type.name()) && kindOf(type.name()) == Kind::Plain
            && m_interpreter()->hasFunction(type.name(), function, 1);
    case schema::EctoType::Kind::Array:
    case schema::EctoType::Kind::Map:
        return convertible(type.inner(), function);
    default:
        return false;
    }
}

// The type the adapter dumps the converted value by: type/0 in place of each module.
std::optional<schema::EctoType> ProjectTypes::adapterTypeOf(const schema::EctoType &type)
{
    switch (type.kind()) {
    case schema::EctoType::Kind::Custom: {
        const Result<Value> answer = call(type.name(), QStringLiteral("type"), {});
        return answer ? adapterType(*answer) : std::nullopt;
    }
    case schema::EctoType::Kind::Array:
    case schema::EctoType::Kind::Map: {
        const std::optional<schema::EctoType> inner = adapterTypeOf(type.inner());
        if (!inner)
            return std::nullopt;
        return type.kind() == schema::EctoType::Kind::Array ? schema::EctoType::array(*inner) : schema::EctoType::map(*inner);
    }
    default:
        return std::nullopt;
    }
}

// Ecto.Type.dump/2 or load/2 of one value of a convertible type: nil is nil (an
// Ecto.Type never sees it), a list or a map converts element by element, a value of
// a module goes through its `function`/1. {:ok, v} is the only success.
ProjectTypes::Converted ProjectTypes::convert(const schema::EctoType &type, const Term &value, const QString &function)
{
    if (value.isNil())
        return {Converted::Status::Ok, value};
    if (type.kind() == schema::EctoType::Kind::Array || type.kind() == schema::EctoType::Kind::Map) {
        const bool array = type.kind() == schema::EctoType::Kind::Array;
        if (array ? !value.isList() : !value.isMap())
            return {Converted::Status::Error, {}};
        std::vector<Term> items;
        std::vector<Term::Pair> pairs;
        if (array) {
            for (const Term &item : value.elements()) {
                const Converted c = convert(type.inner(), item, function);
                if (c.status != Converted::Status::Ok)
                    return c;
                items.push_back(c.value);
            }
            return {Converted::Status::Ok, Term::list(std::move(items))};
        }
        for (const auto &[key, item] : value.pairs()) {
            const Converted c = convert(type.inner(), item, function);
            if (c.status != Converted::Status::Ok)
                return c;
            pairs.emplace_back(key, c.value);
        }
        return {Converted::Status::Ok, Term::map(std::move(pairs))};
    }
    const Result<Value> answer = call(type.name(), function, {TermValue::toValue(value)});
    if (!answer)
        return {Converted::Status::NotEvaluable, {}};
    if (answer->isTuple(2) && answer->elements()[0].isAtom(u"ok")) {
        const Result<Term> payload = TermValue::fromValue(answer->elements()[1]);
        return payload ? Converted{Converted::Status::Ok, *payload} : Converted{Converted::Status::NotEvaluable, {}};
    }
    return {Converted::Status::Error, {}};
}

Result<std::optional<CustomDump>> ProjectTypes::dump(const QString &schema, const schema::Field &field, const Term &value,
                                                     const QString &action)
{
    if (value.isNil() || !convertible(field.type, QStringLiteral("dump")))
        return std::optional<CustomDump>();
    const std::optional<schema::EctoType> adapter = adapterTypeOf(field.type);
    if (!adapter)
        return std::optional<CustomDump>();
    const Converted dumped = convert(field.type, value, QStringLiteral("dump"));
    switch (dumped.status) {
    case Converted::Status::Ok:
        return std::optional<CustomDump>(CustomDump{value, dumped.value, *adapter});
    case Converted::Status::NotEvaluable:
        return std::optional<CustomDump>();
    case Converted::Status::Error:
        break;
    }
    // Ecto.Repo.Schema dump_field!/6; Ecto.Type.adapter_dump/3 takes only {:ok, v}.
    return Error{QStringLiteral("value `%1` for `%2.%3` in `%4` does not match type %5")
                     .arg(TermValue::toValue(value).inspect(), schema, field.name, action, formatType(field.type)),
                 QStringLiteral("Ecto.ChangeError")};
}

Result<std::optional<Term>> ProjectTypes::load(const QString &schema, const schema::Field &field, const Term &value)
{
    if (value.isNil() || !convertible(field.type, QStringLiteral("load")))
        return std::optional<Term>();
    const Converted loaded = convert(field.type, value, QStringLiteral("load"));
    switch (loaded.status) {
    case Converted::Status::Ok:
        return std::optional<Term>(loaded.value);
    case Converted::Status::NotEvaluable:
        return std::optional<Term>();
    case Converted::Status::Error:
        break;
    }
    // Ecto.Schema.Loader's load!/5.
    return Error{QStringLiteral("cannot load `%1` as type %2 for field `%3` in schema %4")
                     .arg(TermValue::toValue(value).inspect(), formatType(field.type), field.name, schema),
                 QStringLiteral("ArgumentError")};
}

} // namespace ectowb::changeset
