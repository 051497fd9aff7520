#include "changesethost.h"

#include "changesetfunctions.h"
#include "termvalue.h"
#include "validations.h"

#include "interpreter/interpreter.h"

namespace ectowb::changeset {

using interpreter::Interpreter;
using interpreter::Value;

namespace {

const QString ectoChangeset = QStringLiteral("Ecto.Changeset");

Result<Changeset> changesetArg(const Value &v, const ChangesetHost::Context &context)
{
    if (const Changeset *cs = ChangesetHost::unwrap(v))
        return *cs;
    if (v.isStruct() && context.fromStruct)
        return context.fromStruct(v);
    return Error{QStringLiteral("FunctionClauseError: expected a changeset, got %1").arg(v.inspect())};
}

Result<std::vector<Term>> termArgs(const std::vector<Value> &args, size_t from)
{
    std::vector<Term> out;
    for (size_t i = from; i < args.size(); ++i) {
        Result<Term> t = TermValue::fromValue(args[i]);
        if (!t)
            return t.failure();
        out.push_back(*t);
    }
    return out;
}

Result<Value> raise(ChangesetHost::Context &context, const QString &message)
{
    context.raised = message;
    return Error{message};
}

// get_field/get_change and their fetch_ forms.
void registerReaders(interpreter::HostFunctions &host, const std::shared_ptr<ChangesetHost::Context> &context)
{
    auto reader = [context](bool changesOnly, bool fetch) {
        return [context, changesOnly, fetch](const std::vector<Value> &args, Interpreter &) -> Result<Value> {
            Result<Changeset> cs = changesetArg(args[0], *context);
            if (!cs)
                return raise(*context, cs.error());
            if (!args[1].isAtom())
                return raise(*context, QStringLiteral("ArgumentError: field names are atoms"));
            const QString field = args[1].atomName();
            const std::optional<Term> change = cs->change(field);
            std::optional<Term> found = change;
            if (!found && !changesOnly) {
                const bool known = std::any_of(cs->data.begin(), cs->data.end(), [&](const auto &p) { return p.first == field; });
                if (known)
                    found = cs->dataValue(field);
            }
            if (fetch) {
                if (!found)
                    return Value::atom(QStringLiteral("error"));
                const char *tag = change ? "changes" : "data";
                return Value::tuple({Value::atom(QString::fromLatin1(tag)), TermValue::toValue(*found)});
            }
            if (!found)
                return args.size() > 2 ? args[2] : Value::nil();
            return TermValue::toValue(*found);
        };
    };
    for (int arity : {2, 3}) {
        host.add(ectoChangeset, QStringLiteral("get_field"), arity, reader(false, false));
        host.add(ectoChangeset, QStringLiteral("get_change"), arity, reader(true, false));
    }
    host.add(ectoChangeset, QStringLiteral("fetch_field"), 2, reader(false, true));
    host.add(ectoChangeset, QStringLiteral("fetch_change"), 2, reader(true, true));
}

// {field, message} or {field, {message, keys}} as validators and add_error give them.
Result<ChangesetError> errorFromValue(const Value &v)
{
    if (!v.isTuple(2) || !v.elements()[0].isAtom())
        return Error{QStringLiteral("expected {field, message}, got %1").arg(v.inspect())};
    ChangesetError e;
    e.field = v.elements()[0].atomName();
    Value message = v.elements()[1];
    if (message.isTuple(2)) {
        Result<Term> keys = TermValue::fromValue(message.elements()[1]);
        if (!keys || !keys->isKeyword())
            return Error{QStringLiteral("expected error keys as a keyword list")};
        for (const Term &k : keys->elements())
            e.keys.emplace_back(k.elements()[0].text(), k.elements()[1]);
        message = message.elements()[0];
    }
    if (!message.isBinary())
        return Error{QStringLiteral("expected an error message string, got %1").arg(message.inspect())};
    e.message = message.text();
    return e;
}

void registerCustom(interpreter::HostFunctions &host, const std::shared_ptr<ChangesetHost::Context> &context)
{
    auto validateChange = [context](const std::vector<Value> &args, Interpreter &interp) -> Result<Value> {
        Result<Changeset> cs = changesetArg(args[0], *context);
        if (!cs)
            return raise(*context, cs.error());
        const QString field = args[1].atomName();
        if (!cs->schema->field(field))
            return raise(*context, QStringLiteral("ArgumentError: unknown field :%1").arg(field));
        const Value &validator = args.back();
        QString metadata;
        if (args.size() == 4 && args[2].isTuple() && !args[2].elements().empty() && args[2].elements()[0].isAtom())
            metadata = args[2].elements()[0].atomName();
        else if (args.size() == 4 && args[2].isAtom() && !args[2].isNil())
            metadata = args[2].atomName();
        const std::optional<Term> value = cs->change(field);
        std::vector<ChangesetError> errors;
        if (value && !value->isNil()) {
            Result<Value> result = interp.apply(validator, {Value::atom(field), TermValue::toValue(*value)});
            if (!result)
                return result.failure();
            if (!result->isList())
                return raise(*context, QStringLiteral("validate_change's function must return a list of errors"));
            for (const Value &item : result->elements()) {
                Result<ChangesetError> e = errorFromValue(item);
                if (!e)
                    return raise(*context, e.error());
                errors.push_back(*e);
            }
        }
        return ChangesetHost::wrap(Validations::addCustomErrors(*cs, field, metadata, std::move(errors)));
    };
    host.add(ectoChangeset, QStringLiteral("validate_change"), 3, validateChange);
    host.add(ectoChangeset, QStringLiteral("validate_change"), 4, validateChange);

    auto addError = [context](const std::vector<Value> &args, Interpreter &) -> Result<Value> {
        Result<Changeset> cs = changesetArg(args[0], *context);
        if (!cs)
            return raise(*context, cs.error());
        const Value keys = args.size() > 3 ? args[3] : Value::list({});
        Result<ChangesetError> e = errorFromValue(Value::tuple({args[1], Value::tuple({args[2], keys})}));
        if (!e)
            return raise(*context, e.error());
        Changeset next = *cs;
        next.addErrors({*e});
        return ChangesetHost::wrap(next);
    };
    host.add(ectoChangeset, QStringLiteral("add_error"), 3, addError);
    host.add(ectoChangeset, QStringLiteral("add_error"), 4, addError);
}

} // namespace

QString ChangesetValue::inspect() const
{
    QStringList changes;
    for (const auto &[k, v] : m_changeset.changes)
        changes << k + QStringLiteral(": ") + TermValue::toValue(v).inspect();
    return QStringLiteral("#Ecto.Changeset<action: nil, changes: %{%1}, errors: [...], data: #%2<>, valid?: %3>")
        .arg(changes.join(QStringLiteral(", ")), m_changeset.schema ? m_changeset.schema->module : QString(),
             m_changeset.valid ? QStringLiteral("true") : QStringLiteral("false"));
}

Value ChangesetHost::wrap(const Changeset &changeset)
{
    return Value::host(std::make_shared<ChangesetValue>(changeset));
}

const Changeset *ChangesetHost::unwrap(const Value &value)
{
    if (!value.isHost())
        return nullptr;
    const ChangesetValue *cs = value.hostAs<ChangesetValue>();
    return cs ? &cs->changeset() : nullptr;
}

void ChangesetHost::registerAll(interpreter::HostFunctions &host, std::shared_ptr<Context> context)
{
    for (const QString &entry : ChangesetFunctions::names()) {
        const QString name = entry.section(QLatin1Char('/'), 0, 0);
        const int arity = entry.section(QLatin1Char('/'), 1).toInt();
        host.add(ectoChangeset, name, arity, [context, name](const std::vector<Value> &args, Interpreter &) -> Result<Value> {
            Result<Changeset> cs = changesetArg(args[0], *context);
            if (!cs)
                return raise(*context, cs.error());
            Result<std::vector<Term>> rest = termArgs(args, 1);
            if (!rest)
                return rest.failure();
            Result<Changeset> next = ChangesetFunctions::apply(name, *cs, *rest);
            if (!next)
                return raise(*context, next.error());
            return wrap(*next);
        });
    }
    registerReaders(host, context);
    registerCustom(host, context);
}

} // namespace ectowb::changeset
