#include "changesethost.h"

#include "changesetfunctions.h"
#include "relations.h"
#include "casting.h"
#include "changesetinspect.h"

#include "interpreter/function.h"
#include "value/termvalue.h"
#include "validations.h"

#include "interpreter/interpreter.h"

namespace ectowb::changeset {

using value::Term;
using value::TermValue;

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
    return Error{QStringLiteral("expected a changeset, got %1").arg(v.inspect()), QStringLiteral("FunctionClauseError")};
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

Result<Value> raise(ChangesetHost::Context &context, const Error &error)
{
    context.raised = error;
    return error;
}

Result<Value> raise(ChangesetHost::Context &context, const QString &message)
{
    return raise(context, Error{message});
}

// get_field/get_change and their fetch_ forms.
void registerReaders(interpreter::HostFunctions &host, const std::shared_ptr<ChangesetHost::Context> &context)
{
    auto reader = [context](bool changesOnly, bool fetch) {
        return [context, changesOnly, fetch](const std::vector<Value> &args, Interpreter &) -> Result<Value> {
            Result<Changeset> cs = changesetArg(args[0], *context);
            if (!cs)
                return raise(*context, cs.failure());
            if (!args[1].isAtom())
                return raise(*context, Error{QStringLiteral("field names are atoms"), QStringLiteral("ArgumentError")});
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
            return raise(*context, cs.failure());
        const QString field = args[1].atomName();
        if (!cs->schema->field(field))
            return raise(*context, Error{QStringLiteral("unknown field :%1").arg(field), QStringLiteral("ArgumentError")});
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
                    return raise(*context, e.failure());
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
            return raise(*context, cs.failure());
        const Value keys = args.size() > 3 ? args[3] : Value::list({});
        Result<ChangesetError> e = errorFromValue(Value::tuple({args[1], Value::tuple({args[2], keys})}));
        if (!e)
            return raise(*context, e.failure());
        Changeset next = *cs;
        next.addErrors({*e});
        return ChangesetHost::wrap(next);
    };
    host.add(ectoChangeset, QStringLiteral("add_error"), 3, addError);
    host.add(ectoChangeset, QStringLiteral("add_error"), 4, addError);
}

// A module atom as the interpreter holds it, without Erlang's "Elixir." prefix.
QString moduleName(const Value &v)
{
    const QString name = v.atomName();
    return name.startsWith(QLatin1String("Elixir.")) ? name.mid(7) : name;
}

// The child changeset function of cast_embed/cast_assoc: `:with` (a function of
// arity 2, or 3 taking the child's position, or {module, function, extra_args}),
// by default Related.changeset/2.
Relations::OnCast onCastFunction(const std::optional<Value> &with, ChangesetHost::Context &context, Interpreter &interp)
{
    return [with, &context, &interp](const Term &structTerm, const Term &params, int index) -> Result<Changeset> {
        std::vector<Value> args = {TermValue::toValue(structTerm), TermValue::toValue(params)};
        Result<Value> out = Error{QString()};
        if (!with) {
            out = interp.call(Relations::structName(structTerm), QStringLiteral("changeset"), args);
        } else if (with->isFunction()) {
            if (with->function()->arity == 3)
                args.push_back(Value::integer(qMax(index, 0)));
            out = interp.apply(*with, args);
        } else if (with->isTuple(3) && with->elements()[0].isAtom() && with->elements()[1].isAtom()
                   && with->elements()[2].isList()) {
            for (const Value &extra : with->elements()[2].elements())
                args.push_back(extra);
            out = interp.call(moduleName(with->elements()[0]), with->elements()[1].atomName(), args);
        } else {
            return Error{QStringLiteral(":with expects a function or {module, function, args}"), QStringLiteral("ArgumentError")};
        }
        if (!out)
            return out.failure();
        if (const Changeset *cs = ChangesetHost::unwrap(*out))
            return *cs;
        return Error{QStringLiteral("the :with function returned %1, not a changeset").arg(out->inspect())};
    };
}

Value errorsValue(const Changeset &cs)
{
    std::vector<Value> out;
    for (const ChangesetError &e : cs.errors) {
        std::vector<Value> keys;
        for (const auto &[k, v] : e.keys)
            keys.push_back(Value::tuple({Value::atom(k), TermValue::toValue(v)}));
        out.push_back(Value::tuple({Value::atom(e.field), Value::tuple({Value::string(e.message), Value::list(std::move(keys))})}));
    }
    return Value::list(std::move(out));
}

// `changeset.valid?`, `changeset.changes`... as the struct's fields read.
Result<Value> changesetField(const Changeset &cs, const QString &name)
{
    if (name == QLatin1String("valid?"))
        return Value::boolean(cs.valid);
    if (name == QLatin1String("changes"))
        return TermValue::toValue(cs.changesTerm());
    if (name == QLatin1String("errors"))
        return errorsValue(cs);
    if (name == QLatin1String("data"))
        return TermValue::toValue(Relations::structTerm(cs));
    if (name == QLatin1String("params"))
        return TermValue::toValue(cs.params);
    if (name == QLatin1String("action"))
        return cs.action.isEmpty() ? Value::nil() : Value::atom(cs.action);
    if (name == QLatin1String("required")) {
        std::vector<Value> fields;
        for (const QString &f : cs.required)
            fields.push_back(Value::atom(f));
        return Value::list(std::move(fields));
    }
    return Error{QStringLiteral("key :%1 not found in the changeset").arg(name)};
}

// update_change/3, changed?/2,3, optimistic_lock/2,3, prepare_changes/2, empty_values/0.
void registerChanges(interpreter::HostFunctions &host, const std::shared_ptr<ChangesetHost::Context> &context)
{
    host.add(ectoChangeset, QStringLiteral("__field__"), 2, [context](const std::vector<Value> &args, Interpreter &) -> Result<Value> {
        const Changeset *cs = ChangesetHost::unwrap(args[0]);
        if (!cs || !args[1].isAtom())
            return Error{QStringLiteral("not a changeset field")};
        return changesetField(*cs, args[1].atomName());
    });
    host.add(ectoChangeset, QStringLiteral("update_change"), 3,
             [context](const std::vector<Value> &args, Interpreter &interp) -> Result<Value> {
                 Result<Changeset> cs = changesetArg(args[0], *context);
                 if (!cs)
                     return raise(*context, cs.failure());
                 const QString field = args[1].atomName();
                 const std::optional<Term> value = cs->change(field);
                 if (!value)
                     return ChangesetHost::wrap(*cs);
                 // The function runs on nil too, and raises where Elixir would.
                 Result<Value> updated = interp.apply(args[2], {TermValue::toValue(*value)});
                 if (!updated)
                     return updated;
                 Result<Term> term = TermValue::fromValue(*updated);
                 if (!term)
                     return term.failure();
                 Result<Changeset> next = Casting::putChange(*cs, field, *term);
                 if (!next)
                     return raise(*context, next.failure());
                 return ChangesetHost::wrap(*next);
             });
    auto changed = [context](const std::vector<Value> &args, Interpreter &) -> Result<Value> {
        Result<Changeset> cs = changesetArg(args[0], *context);
        if (!cs)
            return raise(*context, cs.failure());
        const std::optional<Term> change = cs->change(args[1].atomName());
        if (!change)
            return Value::boolean(false);
        bool out = true;
        const Value opts = args.size() > 2 ? args[2] : Value::list({});
        for (const Value &item : opts.isList() ? opts.elements() : std::vector<Value>()) {
            if (!item.isTuple(2))
                continue;
            Result<Term> want = TermValue::fromValue(item.elements()[1]);
            if (!want)
                return want.failure();
            if (item.elements()[0].isAtom(u"to"))
                out = out && change->looseEquals(*want);
            else if (item.elements()[0].isAtom(u"from"))
                out = out && cs->dataValue(args[1].atomName()).looseEquals(*want);
        }
        return Value::boolean(out);
    };
    host.add(ectoChangeset, QStringLiteral("changed?"), 2, changed);
    host.add(ectoChangeset, QStringLiteral("changed?"), 3, changed);
    // Both only act inside Repo calls: the changeset here records them and is otherwise unchanged.
    auto recorded = [context](const QString &what) {
        return [context, what](const std::vector<Value> &args, Interpreter &) -> Result<Value> {
            Result<Changeset> cs = changesetArg(args[0], *context);
            if (!cs)
                return raise(*context, cs.failure());
            Changeset next = *cs;
            next.prepared << (what == QLatin1String("optimistic_lock") && args.size() > 1 && args[1].isAtom()
                                  ? what + QStringLiteral(" :") + args[1].atomName()
                                  : what);
            return ChangesetHost::wrap(next);
        };
    };
    host.add(ectoChangeset, QStringLiteral("prepare_changes"), 2, recorded(QStringLiteral("prepare_changes")));
    host.add(ectoChangeset, QStringLiteral("optimistic_lock"), 2, recorded(QStringLiteral("optimistic_lock")));
    host.add(ectoChangeset, QStringLiteral("optimistic_lock"), 3, recorded(QStringLiteral("optimistic_lock")));
    host.add(ectoChangeset, QStringLiteral("empty_values"), 0, [](const std::vector<Value> &, Interpreter &) -> Result<Value> {
        auto f = std::make_shared<interpreter::FunctionData>();
        f->kind = interpreter::FunctionData::Kind::Named;
        f->arity = 1;
        f->module = QStringLiteral("Ecto.Type");
        f->name = QStringLiteral("empty_trimmed_string?");
        return Value::list({Value::function(f)});
    });
}

void registerRelations(interpreter::HostFunctions &host, const std::shared_ptr<ChangesetHost::Context> &context)
{
    for (const char *k : {"embed", "assoc"}) {
        const QString kind = QString::fromLatin1(k);
        auto castRelation = [context, kind](const std::vector<Value> &args, Interpreter &interp) -> Result<Value> {
            Result<Changeset> cs = changesetArg(args[0], *context);
            if (!cs)
                return raise(*context, cs.failure());
            if (!args[1].isAtom())
                return raise(*context, Error{QStringLiteral("cast_%1 expects a relation name (atom)").arg(kind), QStringLiteral("ArgumentError")});
            std::optional<Value> with;
            std::vector<std::pair<QString, Term>> opts;
            const Value options = args.size() > 2 ? args[2] : Value::list({});
            for (const Value &item : options.isList() ? options.elements() : std::vector<Value>()) {
                if (!item.isTuple(2) || !item.elements()[0].isAtom())
                    return raise(*context, Error{QStringLiteral("cast_%1 expects a keyword list of options").arg(kind), QStringLiteral("ArgumentError")});
                const QString key = item.elements()[0].atomName();
                if (key == QLatin1String("with")) {
                    with = item.elements()[1];
                    continue;
                }
                Result<Term> value = TermValue::fromValue(item.elements()[1]);
                if (!value)
                    return value.failure();
                opts.emplace_back(key, *value);
            }
            context->raised.reset();
            bool childUnevaluable = false;
            const Relations::OnCast child = onCastFunction(with, *context, interp);
            const Relations::OnCast tracked = [&](const Term &s, const Term &p, int i) {
                Result<Changeset> out = child(s, p, i);
                childUnevaluable = childUnevaluable || (!out && !context->raised);
                return out;
            };
            Result<Changeset> next = Relations::cast(*cs, kind, args[1].atomName(), Term::keyword(opts), tracked,
                                                     context->schema);
            // A child function that could not be evaluated is no raise of Ecto's.
            if (!next)
                return childUnevaluable ? Result<Value>(next.failure())
                                        : raise(*context, context->raised ? *context->raised : next.failure());
            // The preview builds a sub-form for every relation the function casts.
            if (!next->relations.contains(args[1].atomName()))
                next.value().relations << args[1].atomName();
            return ChangesetHost::wrap(*next);
        };
        host.add(ectoChangeset, QStringLiteral("cast_") + kind, 2, castRelation);
        host.add(ectoChangeset, QStringLiteral("cast_") + kind, 3, castRelation);
    }
}

} // namespace

QString ChangesetValue::inspect() const
{
    return ChangesetInspect::inspect(m_changeset);
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
                return raise(*context, cs.failure());
            Result<std::vector<Term>> rest = termArgs(args, 1);
            if (!rest)
                return rest.failure();
            Result<Changeset> next = ChangesetFunctions::apply(name, *cs, *rest);
            if (!next)
                return raise(*context, next.failure());
            return wrap(*next);
        });
    }
    registerReaders(host, context);
    registerCustom(host, context);
    registerRelations(host, context);
    registerChanges(host, context);
}

} // namespace ectowb::changeset
