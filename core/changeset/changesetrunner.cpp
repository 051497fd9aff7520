#include "changesetrunner.h"

#include "casting.h"
#include "changesetfunctions.h"
#include "pipelinebranches.h"
#include "relations.h"
#include "value/termvalue.h"
#include "typecaster.h"

#include "elixir/sourceprinter.h"
#include "interpreter/interpreter.h"

namespace ectowb::changeset {

using value::Term;
using value::TermValue;

using elixir::Ast;
using interpreter::Value;

namespace {

const QString changesetVariable = QStringLiteral("ectowb_changeset__");

// The variable a parameter binds (`attrs`, `_attrs \\ %{}`), or "".
QString parameterName(const Ast &param)
{
    if (param.isCall(u"\\\\", 2))
        return parameterName(param.args()[0]);
    return param.isVariable() ? param.callName() : QString();
}

bool importsChangeset(const project::ElixirModule &module)
{
    for (const Ast &stmt : module.body) {
        if (stmt.isCall(u"import") && !stmt.args().empty()
            && module.scope.expand(stmt.args()[0]) == QLatin1String("Ecto.Changeset"))
            return true;
    }
    return false;
}

project::AliasScope bodyScope(const project::ElixirModule &module)
{
    project::AliasScope scope = module.scope;
    for (const Ast &stmt : module.body) {
        if (stmt.isCall(u"alias"))
            scope.apply(stmt);
    }
    return scope;
}

// The Ecto.Changeset function a step calls, or "" when it calls something else.
QString changesetCallName(const project::ElixirModule &module, const Ast &step)
{
    if (!step.isCall() || !step.argsIsList())
        return QString();
    const Ast &form = step.callForm();
    if (form.isAtom())
        return importsChangeset(module) ? form.atomName() : QString();
    if (form.isCall(u".", 2) && form.args()[1].isAtom()
        && bodyScope(module).expand(form.args()[0]) == QLatin1String("Ecto.Changeset"))
        return form.args()[1].atomName();
    return QString();
}

// What a step calls, as the step list shows it: `validate_length`,
// `Ecto.Changeset.cast`, `put_slug`.
QString stepName(const Ast &step)
{
    const Ast &form = step.callForm();
    if (form.isAtom())
        return form.atomName();
    if (form.isCall(u".", 2) && form.args()[1].isAtom())
        return elixir::SourcePrinter::print(form.args()[0]) + QLatin1Char('.') + form.args()[1].atomName();
    return step.callName();
}

// `embeds_one :name, Mod, on_replace: :update` anywhere in the module's schema
// block: the embeds' on_replace options (the schema model does not keep them).
void collectOnReplace(const Ast &ast, QHash<QString, QString> &out)
{
    if (!ast.isValid())
        return;
    if ((ast.isCall(u"embeds_one") || ast.isCall(u"embeds_many")) && ast.args().size() >= 2 && ast.args()[0].isAtom()) {
        const Ast &last = ast.args()[ast.args().size() - 1];
        const Ast option = last.isKeywordList() ? last.keywordValue(u"on_replace") : Ast();
        if (option.isValid() && option.isAtom())
            out.insert(ast.args()[0].atomName(), option.atomName());
        return;
    }
    if (ast.isCall() && ast.argsIsList()) {
        for (const Ast &a : ast.args())
            collectOnReplace(a, out);
    } else if (ast.kind() == Ast::Kind::List || ast.kind() == Ast::Kind::Tuple) {
        for (const Ast &e : ast.elements())
            collectOnReplace(e, out);
    }
}

Value structValue(const Changeset &cs)
{
    std::vector<Value::Pair> fields;
    for (const auto &[name, value] : cs.data)
        fields.emplace_back(Value::atom(name), TermValue::toValue(value));
    return Value::structure(cs.schema->module, std::move(fields));
}

} // namespace

ChangesetRunner::ChangesetRunner(project::Project project)
    : m_project(std::move(project)), m_host(std::make_shared<ChangesetHost::Context>())
{
    m_host->schema = [this](const QString &module) { return schema(module); };
    m_types = std::make_unique<ProjectTypes>([this] { return interpreter(); }, m_host);
    m_customCast = std::make_shared<CustomTypeCast>(
        [types = m_types.get()](const QString &schema, const schema::Field &field, const Term &value, const Term &current) {
            return types->cast(schema, field, value, current);
        });
    m_host->fromStruct = [this](const Value &v) -> Result<Changeset> {
        std::shared_ptr<const ChangesetSchema> s = schema(v.structName());
        if (!s)
            return Error{QStringLiteral("%1 is not a schema").arg(v.structName())};
        std::vector<std::pair<QString, Term>> data;
        for (const auto &[k, val] : v.pairs()) {
            Result<Term> t = TermValue::fromValue(val);
            if (!t)
                return t.failure();
            data.emplace_back(k.atomName(), *t);
        }
        return Casting::fromData(s, std::move(data));
    };
}

ChangesetRunner::~ChangesetRunner() = default;

interpreter::Interpreter *ChangesetRunner::interpreter()
{
    if (!m_interpreter) {
        interpreter::HostFunctions host;
        ChangesetHost::registerAll(host, m_host);
        m_interpreter = std::make_unique<interpreter::Interpreter>(m_project.modules, host);
    }
    return m_interpreter.get();
}

std::shared_ptr<const ChangesetSchema> ChangesetRunner::schema(const QString &module)
{
    if (const auto it = m_schemas.constFind(module); it != m_schemas.constEnd())
        return *it;
    const schema::Schema *s = m_project.schema(module);
    if (!s)
        return nullptr;
    auto out = std::make_shared<ChangesetSchema>();
    out->module = s->module;
    out->source = s->source;
    out->prefix = s->prefix;
    out->primaryKey = s->primaryKey;
    out->insertedAt = s->insertedAt;
    out->updatedAt = s->updatedAt;
    out->fields = s->fields + s->virtualFields;
    out->associations = s->associations;
    out->customCast = m_customCast;
    const project::ElixirModule *elixirModule = nullptr;
    for (const project::ElixirModule &m : m_project.modules) {
        if (m.name == module)
            elixirModule = &m;
    }
    for (const schema::Field &f : out->fields) {
        // An embeds_many's struct default is [].
        const bool many = f.type.kind() == schema::EctoType::Kind::Embedded && f.type.embedsMany();
        const std::optional<Term> value = f.defaultValue.isValid() ? evalDefault(module, f.defaultValue)
                                                                   : std::optional<Term>(many ? Term::list({}) : Term::nil());
        out->defaults.insert(f.name, value.value_or(Term::nil()));
    }
    if (elixirModule) {
        for (const Ast &stmt : elixirModule->body)
            collectOnReplace(stmt, out->onReplace);
    }
    for (const schema::Association &a : s->associations) {
        if (const schema::Schema *related = m_project.schema(a.related))
            out->relatedSources.insert(a.related, related->source);
    }
    m_schemas.insert(module, out);
    for (const schema::Field &f : out->fields) {
        if (f.type.kind() == schema::EctoType::Kind::Embedded)
            schema(f.type.name()); // loaded now, so data can build embedded structs
    }
    return out;
}

Result<std::vector<std::pair<QString, Term>>> ChangesetRunner::buildData(const ChangesetSchema &schema,
                                                                           const Term &data, DataSource source) const
{
    std::vector<std::pair<QString, Term>> out;
    for (const schema::Field &f : schema.fields) {
        Term value = schema.defaults.value(f.name);
        if (const std::optional<Term> given = data.isMap() ? data.get(f.name) : std::nullopt) {
            if (f.type.kind() == schema::EctoType::Kind::Embedded) {
                Result<Term> embedded = embeddedData(f.type, *given);
                if (!embedded)
                    return embedded.failure();
                out.emplace_back(f.name, *embedded);
                continue;
            }
            if (source == DataSource::Struct && Casting::castsThroughProjectType(f.type)) {
                out.emplace_back(f.name, *given); // the struct's own, loaded or returned
                continue;
            }
            const Result<Term> cast = castData(schema, f, *given);
            if (!cast)
                return cast.failure();
            value = *cast;
        }
        out.emplace_back(f.name, value);
    }
    return out;
}

// A value of the data as `struct(Module, fields)` after Ecto.Type.cast/2; a project
// type the interpreter cannot run keeps the value as given (the cast of params, not
// the data, is what the preview is about).
Result<Term> ChangesetRunner::castData(const ChangesetSchema &schema, const schema::Field &field, const Term &given) const
{
    if (Casting::castsThroughProjectType(field.type)) {
        const CustomCastOutcome outcome = m_types->cast(schema.module, field, given, Term::nil());
        if (outcome.status == CustomCastOutcome::Status::Ok)
            return outcome.value;
        if (outcome.status == CustomCastOutcome::Status::NotEvaluable)
            return given;
    } else if (const CastOutcome cast = TypeCaster::cast(field.type, given); cast.ok) {
        return cast.value;
    }
    return Error{QStringLiteral("cannot cast %1 to the type of %2.%3").arg(given.toElixirString(), schema.module, field.name)};
}

// A field's `default:`, evaluated in its module (`Decimal.new("0")`, `@default_role`).
std::optional<Term> ChangesetRunner::evalDefault(const QString &module, const Ast &expr)
{
    interpreter::Bindings env = interpreter()->moduleBindings(module);
    const Result<Value> value = interpreter()->eval(expr, env);
    if (!value)
        return std::nullopt;
    const Result<Term> term = TermValue::fromValue(*value);
    return term ? std::optional<Term>(*term) : std::nullopt;
}

// The data of an embed: nil, an object (embeds_one) or a list of them (embeds_many),
// each the embedded struct built field by field like the owner's data.
Result<Term> ChangesetRunner::embeddedData(const schema::EctoType &type, const Term &given) const
{
    if (given.isNil())
        return given;
    const std::shared_ptr<const ChangesetSchema> related = m_schemas.value(type.name());
    if (!related)
        return Error{QStringLiteral("%1 is not a schema").arg(type.name())};
    if (type.embedsMany()) {
        if (!given.isList())
            return Error{QStringLiteral("cannot cast %1 to embeds_many %2").arg(given.toElixirString(), type.name())};
        std::vector<Term> items;
        for (const Term &e : given.elements()) {
            Result<Term> item = embeddedData(schema::EctoType::embedded(type.name(), false), e);
            if (!item)
                return item;
            items.push_back(*item);
        }
        return Term::list(std::move(items));
    }
    Result<std::vector<std::pair<QString, Term>>> fields = buildData(*related, given);
    if (!fields)
        return fields.failure();
    return Relations::structTerm(related->module, *fields);
}

std::optional<ChangesetRunner::Function> ChangesetRunner::findFunction(const project::ElixirModule &module,
                                                                        const QString &name) const
{
    for (const Ast &stmt : module.body) {
        if (!(stmt.isCall(u"def") || stmt.isCall(u"defp")) || stmt.args().size() != 2)
            continue;
        Ast head = stmt.args()[0];
        if (head.isCall(u"when"))
            continue; // guarded clauses: leave them to the interpreter
        if (head.callName() != name || !head.argsIsList())
            continue;
        const Ast body = stmt.args()[1].keywordValue(u"do");
        if (!body.isValid())
            continue;
        Function f;
        for (const Ast &p : head.args())
            f.parameters << parameterName(p);
        f.body = body;
        if (f.parameters.size() == 2)
            return f;
    }
    return std::nullopt;
}

QStringList ChangesetRunner::changesetFunctions(const QString &module) const
{
    QStringList out;
    for (const project::ElixirModule &m : m_project.modules) {
        if (m.name != module)
            continue;
        for (const Ast &stmt : m.body) {
            if (!stmt.isCall(u"def") || stmt.args().size() != 2)
                continue;
            const Ast head = stmt.args()[0];
            if (head.argsIsList() && head.args().size() == 2 && !out.contains(head.callName()))
                out << head.callName();
        }
    }
    return out;
}

Result<Changeset> ChangesetRunner::run(const QString &module, const QString &function, const Term &data,
                                       const Term &params, DataSource source)
{
    std::shared_ptr<const ChangesetSchema> s = schema(module);
    if (!s)
        return Error{QStringLiteral("%1 is not an Ecto schema of this project").arg(module)};
    const project::ElixirModule *elixirModule = nullptr;
    for (const project::ElixirModule &m : m_project.modules) {
        if (m.name == module)
            elixirModule = &m;
    }
    const std::optional<Function> f = elixirModule ? findFunction(*elixirModule, function) : std::nullopt;
    if (!f)
        return Error{QStringLiteral("function %1.%2/2 is undefined").arg(module, function), QStringLiteral("UndefinedFunctionError")};
    Result<std::vector<std::pair<QString, Term>>> fields = buildData(*s, data, source);
    if (!fields)
        return fields.failure();
    Changeset cs = Casting::fromData(s, std::move(fields.value()));

    m_raisedSteps.clear();
    Frame frame{&*f, interpreter()->moduleBindings(module), std::nullopt, 0};
    if (f->parameters.size() > 1 && !f->parameters[1].isEmpty())
        frame.env.bind(f->parameters[1], TermValue::toValue(params));
    const std::vector<Ast> steps = PipelineBranches::pipeline(f->body);
    // The pipeline starts from the struct parameter; anything else is one opaque step.
    const bool startsFromStruct = steps.front().isVariable() && steps.front().callName() == f->parameters.value(0);
    if (!startsFromStruct)
        return runStep(*elixirModule, frame, f->body, std::move(cs));
    return runSteps(*elixirModule, frame, steps, std::move(cs));
}

Result<Changeset> ChangesetRunner::runSteps(const project::ElixirModule &module, const Frame &frame,
                                            const std::vector<Ast> &steps, Changeset cs)
{
    for (size_t i = 1; i < steps.size(); ++i) {
        Result<Changeset> next = runStep(module, frame, steps[i], std::move(cs));
        if (!next)
            return next;
        cs = std::move(next.value());
    }
    return cs;
}

// A private helper the pipeline goes through that is itself a pipeline over its
// first parameter (`defp validate_email(cs, max), do: cs |> validate_required(...) |> ...`),
// with one clause, plain parameters and arguments the interpreter reads as literals: its
// steps are run (and shown) one by one instead of as one interpreted call.
const ChangesetRunner::Function *ChangesetRunner::pipelineHelper(const project::ElixirModule &module, const QString &name,
                                                                  int arity)
{
    const QString key = module.name + QLatin1Char('.') + name + QLatin1Char('/') + QString::number(arity);
    if (const auto it = m_helpers.constFind(key); it != m_helpers.constEnd())
        return it->get();
    std::shared_ptr<Function> helper;
    bool ambiguous = false;
    for (const Ast &stmt : module.body) {
        if (!(stmt.isCall(u"def") || stmt.isCall(u"defp")) || stmt.args().size() != 2)
            continue;
        const Ast &head = stmt.args()[0];
        const Ast &call = head.isCall(u"when") ? head.args()[0] : head;
        if (call.callName() != name || !call.argsIsList() || int(call.args().size()) != arity)
            continue;
        const Ast body = stmt.args()[1].keywordValue(u"do");
        // Several clauses or a guard: the interpreter picks the clause.
        ambiguous = ambiguous || helper || head.isCall(u"when") || !body.isValid();
        auto f = std::make_shared<Function>();
        for (const Ast &p : call.args()) {
            ambiguous = ambiguous || !p.isVariable();
            f->parameters << p.callName();
        }
        f->body = body;
        helper = std::move(f);
    }
    if (helper && !ambiguous) {
        const std::vector<Ast> steps = PipelineBranches::pipeline(helper->body);
        if (steps.size() < 2 || !steps.front().isVariable() || steps.front().callName() != helper->parameters.value(0))
            helper.reset();
    } else {
        helper.reset();
    }
    m_helpers.insert(key, helper);
    return helper.get();
}

std::optional<ChangesetRunner::Frame> ChangesetRunner::helperFrame(const project::ElixirModule &module, const Frame &outer,
                                                                   const Ast &step, std::vector<Ast> *steps)
{
    constexpr int MaxDepth = 8;
    if (outer.depth >= MaxDepth || !step.isCall() || !step.argsIsList() || !step.callForm().isAtom())
        return std::nullopt;
    const Function *helper = pipelineHelper(module, step.callForm().atomName(), int(step.args().size()) + 1);
    if (!helper)
        return std::nullopt;
    interpreter::Interpreter *interp = interpreter();
    Frame inner{helper, interp->moduleBindings(module.name), std::nullopt, outer.depth + 1};
    for (size_t i = 0; i < step.args().size(); ++i) {
        const Result<Value> value = interp->evalLiteral(step.args()[i], outer.env);
        if (!value)
            return std::nullopt;
        inner.env.bind(helper->parameters[int(i) + 1], *value);
    }
    *steps = PipelineBranches::pipeline(helper->body);
    return inner;
}

Result<Changeset> ChangesetRunner::runStep(const project::ElixirModule &module, const Frame &frame, const Ast &step,
                                           Changeset cs)
{
    const size_t errorsBefore = cs.errors.size();
    const size_t skippedBefore = cs.skipped.size();
    PipelineStep record;
    record.function = step.isCall() ? stepName(step) : QString();
    record.source = elixir::SourcePrinter::print(step);
    record.pos = step.pos();
    record.depth = frame.depth;

    std::vector<Ast> helperSteps;
    std::optional<Frame> inner = helperFrame(module, frame, step, &helperSteps);
    if (!inner)
        inner = thenFrame(module, frame, step, &helperSteps);
    if (inner) {
        inner->first = ChangesetHost::wrap(cs);
        const size_t at = cs.steps.size();
        record.status = PipelineStep::Status::Expanded;
        cs.steps.push_back(record);
        Result<Changeset> next = runSteps(module, *inner, helperSteps, std::move(cs));
        if (next)
            next.value().steps[at].errorsAdded = int(next->errors.size()) - int(errorsBefore);
        return next;
    }
    bool direct = false;
    // A helper that branches: the changeset it gets, to tell afterwards which branch it took.
    const PipelineBranches *branches = branchingHelper(module, step);
    const bool closure = !branches; // then(fn cs -> if ... end): its branches see the pipeline's variables
    if (closure)
        branches = thenBranches(module, step);
    const std::optional<interpreter::Value> before = branches ? std::optional(ChangesetHost::wrap(cs)) : std::nullopt;
    // Kept aside while the step runs: when it raises, the steps pane still shows how far the pipeline got.
    std::vector<PipelineStep> trail = std::move(cs.steps);
    cs.steps.clear();
    Result<Changeset> next = applyStep(module, frame, step, std::move(cs), &direct);
    if (!next) {
        record.status = PipelineStep::Status::Raised;
        record.reason = next.error();
        trail.push_back(std::move(record));
        m_raisedSteps = std::move(trail);
        return next;
    }
    Changeset &out = next.value();
    out.steps = std::move(trail);
    record.errorsAdded = int(out.errors.size()) - int(errorsBefore);
    if (out.skipped.size() > skippedBefore) {
        record.status = PipelineStep::Status::NotEvaluated;
        record.reason = out.skipped.back().reason;
        record.errorsAdded = 0;
    } else {
        record.status = direct ? PipelineStep::Status::Applied : PipelineStep::Status::Interpreted;
    }
    out.steps.push_back(std::move(record));
    if (branches && out.steps.back().status == PipelineStep::Status::Interpreted) {
        const int taken = takenBranch(module, frame, step, *branches, *before, closure);
        if (taken >= 0) {
            std::vector<PipelineStep> inner = branches->steps(taken, frame.depth);
            out.steps.insert(out.steps.end(), std::make_move_iterator(inner.begin()), std::make_move_iterator(inner.end()));
        }
    }
    return next;
}

Result<Changeset> ChangesetRunner::applyStep(const project::ElixirModule &module, const Frame &frame, const Ast &step,
                                             Changeset cs, bool *direct)
{
    const QString name = changesetCallName(module, step);
    if (!name.isEmpty() && ChangesetFunctions::handles(name, int(step.args().size()) + 1)) {
        // Plain arguments (literals, the function's parameters, @attributes): the
        // step runs directly on their values, without interpreting the call.
        if (std::optional<std::vector<Term>> args = plainArgs(module, frame, step)) {
            *direct = true;
            return ChangesetFunctions::apply(name, std::move(cs), *args);
        }
    }
    return interpretStep(frame, step, std::move(cs));
}

// A step's arguments as values when the interpreter's literal mode reads them all.
// Arguments that read no variable are the same on every run: they are kept, keyed by
// where they are stored in the module's syntax tree (which the runner's project holds).
std::optional<std::vector<Term>> ChangesetRunner::plainArgs(const project::ElixirModule &module, const Frame &frame,
                                                             const Ast &step)
{
    const elixir::AstSpan given = step.args();
    if (const auto it = m_constantArgs.constFind(given.data()); given.data() && it != m_constantArgs.constEnd())
        return *it;
    interpreter::Interpreter *interp = interpreter();
    const auto evaluate = [&](const interpreter::Bindings &env) -> std::optional<std::vector<Term>> {
        std::vector<Term> args;
        for (const Ast &a : given) {
            const Result<Value> v = interp->evalLiteral(a, env);
            const Result<Term> t = v ? TermValue::fromValue(*v) : Result<Term>(v.failure());
            if (!t)
                return std::nullopt;
            args.push_back(*t);
        }
        return args;
    };
    if (std::optional<std::vector<Term>> constant = evaluate(interp->moduleBindings(module.name))) {
        if (given.data())
            m_constantArgs.insert(given.data(), *constant);
        return constant;
    }
    return evaluate(frame.env);
}

Result<Changeset> ChangesetRunner::interpretStep(const Frame &frame, const Ast &step, Changeset cs)
{
    interpreter::Interpreter *interp = interpreter();
    interpreter::Bindings env = frame.env;
    const Function &function = *frame.function;
    if (!function.parameters.isEmpty() && !function.parameters[0].isEmpty())
        env.bind(function.parameters[0], frame.first ? *frame.first : structValue(cs));
    Ast expr = step;
    const bool wholeBody = step == function.body;
    if (!wholeBody && step.isCall() && step.argsIsList()) {
        std::vector<Ast> args = {Ast::variable(changesetVariable, step.pos())};
        args.insert(args.end(), step.args().begin(), step.args().end());
        expr = step.withArgs(std::move(args));
        env.bind(changesetVariable, ChangesetHost::wrap(cs));
    }
    m_host->raised.reset();
    Result<Value> result = wholeBody || expr != step ? interp->eval(expr, env) : Result<Value>(Error{QStringLiteral("not a call")});
    if (m_host->raised)
        return *m_host->raised;
    // Elixir code that raised (String.downcase(nil) in update_change): the call raises.
    // An undefined function is code the reader cannot see, not a raise.
    if (!result && !result.failure().kind.isEmpty() && result.failure().kind != u"UndefinedFunctionError")
        return result.failure();
    if (result) {
        if (const Changeset *next = ChangesetHost::unwrap(*result))
            return *next;
    }
    const QString reason = result ? QStringLiteral("the step returned %1, not a changeset").arg(result->inspect())
                                  : result.error();
    cs.skipped.push_back(SkippedStep{elixir::SourcePrinter::print(step), step.pos(), reason});
    return cs;
}

} // namespace ectowb::changeset
