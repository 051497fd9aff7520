#include "machine.h"

#include "function.h"
#include "stdlib.h"

#ifdef __linux__
#include <pthread.h>
#endif

#include <algorithm>

namespace ectowb::interpreter {

using elixir::Ast;
using elixir::SourcePos;

Machine::Machine(Interpreter &owner, const QList<project::ElixirModule> &modules, HostFunctions host)
    : m_owner(owner), m_host(std::move(host))
{
    registerStdlib(m_stdlib);
    for (const auto &module : modules)
        loadModule(module);
}

Error Machine::errorAt(const QString &message, SourcePos pos)
{
    return Error{message}.at(pos.line, pos.column);
}

Error Machine::stopped(const QString &message, SourcePos pos) const
{
    m_stopped = true;
    return errorAt(message, pos);
}

std::optional<Error> Machine::step(SourcePos pos, qint64 amount)
{
    m_steps += amount;
    if (m_steps > limits.steps)
        return stopped(QStringLiteral("evaluation stopped: more than %1 reductions").arg(limits.steps), pos);
    return std::nullopt;
}

std::optional<Error> Machine::checkStack(SourcePos pos) const
{
    char here = 0;
    const quintptr now = quintptr(&here);
    const quintptr used = now > m_stackBase ? now - m_stackBase : m_stackBase - now;
    if (m_stackBase != 0 && qint64(used) > m_stackLimit)
        return stopped(QStringLiteral("evaluation stopped: calls nested too deeply (infinite recursion?)"), pos);
    return std::nullopt;
}

// The budget is per top-level request: a host function calling back into the
// interpreter shares the budget of the request it serves.
// How much stack the calling thread has left below `here`.
static qint64 stackLeft(quintptr here)
{
#ifdef __linux__
    // A thread's stack does not move; asking for it is costly (on the main thread
    // glibc reads /proc/self/maps), so each thread asks once.
    thread_local quintptr low = 0;
    thread_local bool known = false;
    if (!known) {
        pthread_attr_t attr;
        if (pthread_getattr_np(pthread_self(), &attr) == 0) {
            void *base = nullptr;
            size_t size = 0;
            if (pthread_attr_getstack(&attr, &base, &size) == 0)
                low = quintptr(base);
            pthread_attr_destroy(&attr);
        }
        known = true;
    }
    if (low != 0 && here > low)
        return qint64(here - low);
#else
    Q_UNUSED(here);
#endif
    return 512 * 1024; // unknown: assume a small worker-thread stack
}

struct EntryGuard
{
    EntryGuard(Machine &machine, int &entries, qint64 &steps, quintptr &stackBase, qint64 &stackLimit, bool &stopped)
        : m_entries(entries)
    {
        if (m_entries++ == 0) {
            steps = 0;
            stopped = false;
            char here = 0;
            stackBase = quintptr(&here);
            // keep a margin for the host functions and Qt code below the deepest eval
            const qint64 available = stackLeft(stackBase) - 192 * 1024;
            stackLimit = machine.limits.stackBytes > 0 ? std::min(machine.limits.stackBytes, available) : available;
        }
    }
    ~EntryGuard() { --m_entries; }
    int &m_entries;
};

Result<Value> Machine::enterEval(const Ast &expr, Bindings &env)
{
    EntryGuard guard(*this, m_entries, m_steps, m_stackBase, m_stackLimit, m_stopped);
    return eval(expr, env);
}

Result<Value> Machine::enterCall(const QString &module, const QString &name, const std::vector<Value> &args)
{
    EntryGuard guard(*this, m_entries, m_steps, m_stackBase, m_stackLimit, m_stopped);
    return callModule(module, name, args, {});
}

Result<Value> Machine::enterApply(const Value &function, const std::vector<Value> &args)
{
    EntryGuard guard(*this, m_entries, m_steps, m_stackBase, m_stackLimit, m_stopped);
    return apply(function, args, {});
}

static QString functionKey(const QString &name, int arity)
{
    return name + u'/' + QString::number(arity);
}

// `name(params) when guard` -> clause parts; false when `head` is not a function head.
static bool splitHead(const Ast &head, FunctionClause &clause)
{
    Ast call = head;
    if (head.isCall(u"when", 2)) {
        call = head.args()[0];
        clause.guard = head.args()[1];
    }
    if (!call.isCall() || call.callName().isEmpty())
        return false;
    clause.head = call;
    clause.params = call.args();
    for (const Ast &p : clause.params) {
        if (p.isCall(u"\\\\", 2))
            ++clause.defaults;
    }
    return true;
}

static void addStructFields(ModuleInfo &info, const Ast &fields)
{
    info.hasStruct = true;
    if (!fields.isList())
        return;
    for (const Ast &f : fields.elements()) {
        if (f.isAtom())
            info.structFields.emplace_back(f.atomName(), Ast::nil());
        else if (f.isTuple() && f.elements()[0].isAtom())
            info.structFields.emplace_back(f.elements()[0].atomName(), f.elements()[1]);
    }
}

static void addDefinition(ModuleInfo &info, const Ast &stmt)
{
    FunctionClause clause;
    clause.isPrivate = stmt.callName() == u"defp";
    if (!splitHead(stmt.args()[0], clause))
        return;
    if (stmt.args().size() == 2)
        clause.body = stmt.args()[1].keywordValue(u"do");
    const QString name = clause.head.callName();
    const int arity = int(clause.params.size());
    if (clause.defaults > 0) {
        // every shorter arity reaches the full one with the defaults filled in
        for (int k = arity - clause.defaults; k < arity; ++k) {
            FunctionClause forward = clause;
            forward.body = Ast();
            info.functions[functionKey(name, k)] = {forward};
        }
    }
    if (clause.body.isValid())
        info.functions[functionKey(name, arity)].push_back(clause);
}

// `defdelegate name(args), to: Module, as: other` is `def name(args), do:
// Module.other(args)` (Kernel.defdelegate/2), the defaults staying with the delegate.
static void addDelegate(ModuleInfo &info, const Ast &stmt)
{
    if (stmt.args().size() != 2 || !stmt.args()[0].isCall())
        return;
    const Ast &head = stmt.args()[0];
    const Ast &options = stmt.args()[1];
    const Ast to = options.keywordValue(u"to");
    if (!to.isValid())
        return;
    const Ast as = options.keywordValue(u"as");
    const QString target = as.isValid() && as.isAtom() ? as.atomName() : head.callName();
    std::vector<Ast> args;
    for (const Ast &param : head.args())
        args.push_back(param.isCall(u"\\\\", 2) ? param.args()[0] : param);
    const Ast remote = Ast::call(Ast::call(QStringLiteral("."), stmt.pos(), {to, Ast::atom(target)}), stmt.pos(), std::move(args));
    addDefinition(info, Ast::call(QStringLiteral("def"), stmt.pos(), {head, Ast::list({Ast::tuple(Ast::atom(QStringLiteral("do")), remote)})}));
}

void Machine::loadModule(const project::ElixirModule &module)
{
    ModuleInfo info;
    info.name = module.name;
    info.scope = module.scope;
    info.scope.setCurrentModule(module.name);
    for (const Ast &stmt : module.body) {
        const QString form = stmt.callName();
        if ((form == u"def" || form == u"defp") && !stmt.args().empty()) {
            addDefinition(info, stmt);
        } else if (form == u"defdelegate") {
            addDelegate(info, stmt);
        } else if (form == u"@" && stmt.args().size() == 1 && stmt.args()[0].isCall()
                   && stmt.args()[0].args().size() == 1) {
            info.attributes.insert(stmt.args()[0].callName(), stmt.args()[0].args()[0]);
        } else if (form == u"alias") {
            info.scope.apply(stmt);
        } else if (form == u"import" && !stmt.args().empty()) {
            const QString imported = info.scope.expand(stmt.args()[0]);
            if (!imported.isEmpty() && !info.imports.contains(imported))
                info.imports.append(imported);
        } else if (form == u"defstruct" && stmt.args().size() == 1) {
            addStructFields(info, stmt.args()[0]);
        }
    }
    loadSchemaFields(info, module);
    m_modules.insert_or_assign(module.name, std::move(info));
}

const ModuleInfo *Machine::resolve(const QString &name)
{
    if (const ModuleInfo *info = module(name))
        return info;
    if (!m_moduleSource || m_host.hasModule(name))
        return nullptr;
    const std::optional<project::ElixirModule> found = m_moduleSource(name);
    if (!found)
        return nullptr;
    loadModule(*found);
    return module(name);
}

Bindings Machine::moduleBindings(const QString &module) const
{
    Bindings env;
    if (const ModuleInfo *info = this->module(module)) {
        env.aliases() = info->scope;
        for (const QString &imported : info->imports)
            env.addImport(imported);
    }
    env.setModule(module);
    return env;
}

const ModuleInfo *Machine::module(const QString &name) const
{
    auto it = m_modules.find(name);
    return it == m_modules.end() ? nullptr : &it->second;
}

bool Machine::hasModule(const QString &name) const
{
    return m_modules.count(name) > 0 || m_host.hasModule(name);
}

bool Machine::hasFunction(const QString &module, const QString &name, int arity) const
{
    const ModuleInfo *info = this->module(module);
    return info && info->functions.contains(functionKey(name, arity));
}

Result<Value> Machine::attribute(const QString &moduleName, const QString &name, SourcePos pos)
{
    auto it = m_modules.find(moduleName);
    if (it == m_modules.end() || !it->second.attributes.contains(name))
        return errorAt(QStringLiteral("undefined module attribute @%1 in %2").arg(name, moduleName), pos);
    if (auto cached = it->second.attributeValues.constFind(name); cached != it->second.attributeValues.constEnd())
        return *cached;
    const Ast expr = it->second.attributes.value(name);
    Bindings env = moduleBindings(moduleName);
    Result<Value> value = eval(expr, env);
    if (value)
        m_modules[moduleName].attributeValues.insert(name, value.value());
    return value;
}

Result<Value> Machine::newStruct(const QString &moduleName, SourcePos pos)
{
    if (auto builtin = builtinStruct(moduleName))
        return *builtin;
    const ModuleInfo *info = module(moduleName);
    if (!info || !info->hasStruct)
        return errorAt(QStringLiteral("%1.__struct__/1 is undefined, cannot expand struct %1").arg(moduleName), pos);
    std::vector<Value::Pair> fields;
    const auto structFields = info->structFields;
    for (const auto &[name, defaultExpr] : structFields) {
        Bindings env = moduleBindings(moduleName);
        Result<Value> value = eval(defaultExpr, env);
        if (!value)
            return value;
        fields.emplace_back(Value::atom(name), value.value());
    }
    return Value::structure(moduleName, std::move(fields));
}

static bool isIoModule(const QString &module)
{
    static const QStringList io = {QStringLiteral("File"), QStringLiteral("IO"), QStringLiteral("System"),
                                   QStringLiteral("Port"), QStringLiteral("Code"), QStringLiteral("Mix"),
                                   QStringLiteral("Logger"), QStringLiteral("Application"),
                                   QStringLiteral("file"), QStringLiteral("os"), QStringLiteral("io")};
    return io.contains(module) || module.startsWith(u"File.") || module.startsWith(u"IO.");
}

static bool isProcessModule(const QString &module)
{
    static const QStringList processes = {QStringLiteral("Process"), QStringLiteral("GenServer"),
                                          QStringLiteral("Task"), QStringLiteral("Agent"),
                                          QStringLiteral("Supervisor"), QStringLiteral("Registry"),
                                          QStringLiteral("Node"), QStringLiteral("erlang")};
    return processes.contains(module);
}

QString Machine::describeCall(const QString &module, const QString &name, int arity)
{
    return (module.isEmpty() ? QString() : module + u'.') + name + u'/' + QString::number(arity);
}

Error Machine::unknownCall(const QString &module, const QString &name, int arity, SourcePos pos) const
{
    const QString what = describeCall(module, name, arity);
    if (isIoModule(module))
        return errorAt(QStringLiteral("cannot evaluate %1 (I/O)").arg(what), pos);
    if (isProcessModule(module))
        return errorAt(QStringLiteral("cannot evaluate %1 (processes)").arg(what), pos);
    if (module.endsWith(u"Repo") || module.endsWith(u".Repo"))
        return errorAt(QStringLiteral("cannot evaluate %1 (database access)").arg(what), pos);
    if (!module.isEmpty() && !hasModule(module) && !m_stdlib.hasModule(module))
        return errorAt(QStringLiteral("cannot evaluate %1 (unknown module %2)").arg(what, module), pos);
    return errorAt(QStringLiteral("undefined function %1").arg(what), pos);
}

Result<Value> Machine::callModule(const QString &module, const QString &name, const std::vector<Value> &args,
                                  SourcePos pos)
{
    const int arity = int(args.size());
    if (const NativeFunction *f = m_host.function(module, name, arity))
        return withPosition((*f)(args, m_owner), pos);
    // A library module is looked for only when nothing else has the function.
    const ModuleInfo *info = this->module(module);
    if (!info && !m_stdlib.function(module, name, arity))
        info = resolve(module);
    if (info) {
        if (info->functions.contains(functionKey(name, arity)))
            return callProject(*info, name, args, pos, false);
    }
    if (const NativeFunction *f = m_stdlib.function(module, name, arity))
        return withPosition((*f)(args, m_owner), pos);
    return unknownCall(module, name, arity, pos);
}

Result<Value> Machine::callLocal(const QString &module, const QString &name, const std::vector<Value> &args,
                                 SourcePos pos)
{
    const ModuleInfo *info = this->module(module);
    if (info && info->functions.contains(functionKey(name, int(args.size()))))
        return callProject(*info, name, args, pos, true);
    return unknownCall(module, name, int(args.size()), pos);
}

// Errors of host and library functions carry no position; the call site adds it.
Result<Value> Machine::withPosition(Result<Value> result, SourcePos pos)
{
    if (result)
        return result;
    return result.failure().at(pos.line, pos.column);
}

// Fills the `\\ default` parameters a shorter call leaves out, as Elixir does:
// the given arguments go to the parameters without defaults first, the rest to the
// leftmost defaults.
Result<std::vector<Value>> Machine::fillDefaults(const ModuleInfo &info, const FunctionClause &clause,
                                                 const std::vector<Value> &args)
{
    const int total = int(clause.params.size());
    int explicitDefaults = int(args.size()) - (total - clause.defaults);
    std::vector<Value> full;
    size_t next = 0;
    for (const Ast &p : clause.params) {
        if (!p.isCall(u"\\\\", 2)) {
            full.push_back(args[next++]);
        } else if (explicitDefaults > 0) {
            --explicitDefaults;
            full.push_back(args[next++]);
        } else {
            Bindings env = moduleBindings(info.name);
            Result<Value> value = eval(p.args()[1], env);
            if (!value)
                return value.failure();
            full.push_back(value.value());
        }
    }
    return full;
}

Result<Value> Machine::callProject(const ModuleInfo &info, const QString &name, const std::vector<Value> &args,
                                   SourcePos pos, bool allowPrivate)
{
    const auto clauses = info.functions.value(functionKey(name, int(args.size())));
    if (clauses.empty())
        return unknownCall(info.name, name, int(args.size()), pos);
    if (clauses.front().isPrivate && !allowPrivate)
        return errorAt(QStringLiteral("function %1 is private").arg(describeCall(info.name, name, int(args.size()))),
                       pos);
    if (!clauses.front().body.isValid()) {
        Result<std::vector<Value>> full = fillDefaults(info, clauses.front(), args);
        if (!full)
            return full.failure();
        return callProject(info, name, full.value(), pos, true);
    }
    if (m_depth >= limits.depth)
        return stopped(QStringLiteral("evaluation stopped: more than %1 nested calls (infinite recursion?) in %2")
                           .arg(limits.depth)
                           .arg(describeCall(info.name, name, int(args.size()))),
                       pos);
    struct DepthGuard
    {
        int &depth;
        explicit DepthGuard(int &d) : depth(d) { ++depth; }
        ~DepthGuard() { --depth; }
    } guard(m_depth);
    for (const FunctionClause &clause : clauses) {
        if (auto e = step(pos))
            return *e;
        Bindings env = moduleBindings(info.name);
        Result<bool> matched = matchParams(clause, args, env);
        if (!matched)
            return matched.failure();
        if (matched.value())
            return evalBlock(clause.body, env);
    }
    QStringList shown;
    for (const Value &a : args)
        shown << a.inspect();
    return errorAt(QStringLiteral("no function clause matching in %1 (called with %2)")
                       .arg(describeCall(info.name, name, int(args.size())), shown.join(QStringLiteral(", "))),
                   pos);
}

Result<bool> Machine::matchParams(const FunctionClause &clause, const std::vector<Value> &args, Bindings &env)
{
    for (size_t i = 0; i < args.size(); ++i) {
        Ast param = clause.params[i];
        if (param.isCall(u"\\\\", 2))
            param = param.args()[0];
        Result<bool> ok = match(param, args[i], env);
        if (!ok || !ok.value())
            return ok;
    }
    if (!clause.guard.isValid())
        return true;
    return guardHolds(clause.guard, env);
}

} // namespace ectowb::interpreter
