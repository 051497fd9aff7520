#include "migrationreader.h"

#include "undefinedlocalcalls.h"

#include "migrationhost.h"
#include "migrationrepo.h"

#include "value/termvalue.h"
#include "elixir/reader.h"
#include "project/migrationfilename.h"
#include "interpreter/interpreter.h"
#include "project/modulecollector.h"

#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>

namespace ectowb::migration {

using elixir::Ast;
using interpreter::Interpreter;
using interpreter::Value;

namespace {

std::vector<Ast> statements(const Ast &body)
{
    if (body.isCall(u"__block__"))
        return body.args();
    if (!body.isValid())
        return {};
    return {body};
}

// The statement's text: its first line, and the lines after it that are indented
// deeper (its block) or close it at the same indentation (`end`, `)`).
QString sourceOf(const QStringList &lines, int line)
{
    if (line < 1 || line > lines.size())
        return {};
    auto indent = [](const QString &text) {
        int i = 0;
        while (i < text.size() && text.at(i).isSpace())
            ++i;
        return i;
    };
    const int base = indent(lines.at(line - 1));
    QStringList out{lines.at(line - 1).trimmed()};
    for (int i = line; i < lines.size(); ++i) {
        const QString &text = lines.at(i);
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty())
            continue;
        const int depth = indent(text);
        const bool closes = depth == base && (trimmed.startsWith(QLatin1String("end")) || trimmed.startsWith(QLatin1Char(')')));
        if (depth <= base && !closes)
            break;
        out << text.mid(qMin(base, depth));
        if (closes)
            break;
    }
    return out.join(QLatin1Char('\n'));
}

// The body of `def name do ... end` with no parameters, if the module has one.
std::optional<Ast> callbackBody(const project::ElixirModule &module, const QString &name)
{
    for (const Ast &stmt : module.body) {
        if (!stmt.isCall(u"def", 2))
            continue;
        Ast head = stmt.args()[0];
        if (head.isCall(u"when", 2))
            head = head.args()[0];
        if (head.isCall() && head.callName() == name && head.args().empty())
            return stmt.args()[1].keywordValue(u"do");
    }
    return std::nullopt;
}

// The migration module: the one that uses Ecto.Migration, or the last one.
const project::ElixirModule *migrationModule(const QList<project::ElixirModule> &modules)
{
    const project::ElixirModule *found = nullptr;
    for (const project::ElixirModule &m : modules) {
        for (const Ast &stmt : m.body) {
            if (stmt.isCall(u"use") && !stmt.args().empty() && m.scope.expand(stmt.args()[0]) == u"Ecto.Migration")
                return &m;
        }
        found = &m;
    }
    return found;
}

Ast importMigration()
{
    static const Ast import = elixir::Reader::parse(QByteArrayLiteral("import Ecto.Migration")).ast;
    return import;
}

// `use Ecto.Migration` imports Ecto.Migration: in the migration and in any module
// it calls that uses it too (a library's migration modules, in deps/).
project::ElixirModule withMigrationImport(project::ElixirModule module)
{
    for (const Ast &stmt : module.body) {
        if (stmt.isCall(u"use") && !stmt.args().empty() && module.scope.expand(stmt.args()[0]) == u"Ecto.Migration") {
            module.body.insert(module.body.begin(), importMigration());
            break;
        }
    }
    return module;
}

// Logging and printing in a migration show nothing here and change nothing.
void registerQuietIo(interpreter::HostFunctions &host)
{
    for (const char *level : {"debug", "info", "notice", "warn", "warning", "error"}) {
        for (int arity : {1, 2})
            host.add(QStringLiteral("Logger"), QString::fromLatin1(level), arity,
                     [](const std::vector<Value> &, Interpreter &) { return Value::atom(QStringLiteral("ok")); });
    }
    for (int arity : {1, 2})
        host.add(QStringLiteral("IO"), QStringLiteral("puts"), arity,
                 [](const std::vector<Value> &, Interpreter &) { return Value::atom(QStringLiteral("ok")); });
}

// The clock, which migrations read for timestamps of the rows they write
// (NaiveDateTime.utc_now/0, DateTime.utc_now/0, Date.utc_today/0).
void registerClock(interpreter::HostFunctions &host, const QDateTime &clock)
{
    auto now = [clock](bool utc) {
        return [utc, clock](const std::vector<Value> &, Interpreter &) -> Result<Value> {
            const QDateTime t = clock.isValid() ? clock.toUTC() : QDateTime::currentDateTimeUtc();
            const QTime clock = t.time();
            const value::ClockTime time{clock.hour(), clock.minute(), clock.second(), clock.msec() * 1000, 6};
            return value::TermValue::toValue(utc ? value::Term::utcDateTime(t.date(), time)
                                                     : value::Term::naiveDateTime(t.date(), time));
        };
    };
    host.add(QStringLiteral("NaiveDateTime"), QStringLiteral("utc_now"), 0, now(false));
    host.add(QStringLiteral("DateTime"), QStringLiteral("utc_now"), 0, now(true));
    // truncate/2: the microsecond field cut to the precision asked for.
    for (const char *module : {"NaiveDateTime", "DateTime"}) {
        host.add(QString::fromLatin1(module), QStringLiteral("truncate"), 2, [](const std::vector<Value> &args, Interpreter &) -> Result<Value> {
            const std::optional<Value> micro = args[0].isStruct() ? args[0].get(QStringLiteral("microsecond")) : std::nullopt;
            if (!micro || !micro->isTuple(2) || !args[1].isAtom())
                return Error{QStringLiteral("no function clause matching in truncate/2"), QStringLiteral("FunctionClauseError")};
            const qint64 us = micro->elements()[0].integerValue();
            const qint64 precision = micro->elements()[1].integerValue();
            const QString unit = args[1].atomName();
            const qint64 keep = unit == QLatin1String("second") ? 0 : unit == QLatin1String("millisecond") ? 3 : 6;
            const qint64 divisor = keep == 0 ? 1000000 : keep == 3 ? 1000 : 1;
            const Value cut = Value::tuple({Value::integer(us / divisor * divisor), Value::integer(std::min(precision, keep))});
            return args[0].put(Value::atom(QStringLiteral("microsecond")), cut);
        });
    }
    host.add(QStringLiteral("Date"), QStringLiteral("utc_today"), 0, [](const std::vector<Value> &, Interpreter &) -> Result<Value> {
        return value::TermValue::toValue(value::Term::date(QDateTime::currentDateTimeUtc().date()));
    });
}

// Application's environment as the project's config sets it.
void registerAppEnv(interpreter::HostFunctions &host, const Value &appEnv)
{
    const QString application = QStringLiteral("Application");
    auto lookup = [appEnv](const std::vector<Value> &args) -> std::optional<Value> {
        const Value app = appEnv.get(args[0]).value_or(Value::list({}));
        for (const Value &e : app.isList() ? app.elements() : std::vector<Value>{}) {
            if (e.isTuple(2) && e.elements()[0] == args[1])
                return e.elements()[1];
        }
        return std::nullopt;
    };
    for (const char *name : {"get_env", "compile_env"}) {
        for (int arity : {2, 3}) {
            host.add(application, QString::fromLatin1(name), arity, [lookup](const std::vector<Value> &args, Interpreter &) -> Result<Value> {
                return lookup(args).value_or(args.size() > 2 ? args[2] : Value());
            });
        }
    }
    host.add(application, QStringLiteral("fetch_env"), 2, [lookup](const std::vector<Value> &args, Interpreter &) -> Result<Value> {
        const auto found = lookup(args);
        return found ? Value::tuple({Value::atom(QStringLiteral("ok")), *found}) : Value::atom(QStringLiteral("error"));
    });
    for (const char *name : {"fetch_env!", "compile_env!"}) {
        host.add(application, QString::fromLatin1(name), 2, [lookup](const std::vector<Value> &args, Interpreter &) -> Result<Value> {
            if (const auto found = lookup(args))
                return *found;
            return Error{QStringLiteral("could not fetch application environment %1 for application %2")
                             .arg(args[1].inspect(), args[0].inspect()), QStringLiteral("ArgumentError")};
        });
    }
    host.add(application, QStringLiteral("get_all_env"), 1, [appEnv](const std::vector<Value> &args, Interpreter &) -> Result<Value> {
        return appEnv.get(args[0]).value_or(Value::list({}));
    });
}

// One run of a migration module's callbacks.
class Run
{
public:
    Run(const QList<project::ElixirModule> &modules, const QString &module, const ReaderEnvironment &environment,
        const QStringList &lines)
        : m_module(module), m_lines(lines), m_state(std::make_shared<MigrationHost::State>()),
          m_repo(environment.project ? *environment.project : emptyProject(), repos(environment), environment.reads,
                 environment.readsDialect)
    {
        m_state->config = environment.config;
        m_state->repo = repos(environment).constLast();
        m_state->takeRepoCalls = [this] { return m_repo.take(); };
        m_state->runFunction = [this](const Value &fn, Interpreter &interpreter) -> Result<CommandList> {
            if (Result<CommandList> before = m_repo.take(); !before)
                return before;
            else
                m_state->sent.insert(m_state->sent.end(), before->begin(), before->end());
            Result<Value> ran = interpreter.apply(fn, {});
            if (!ran)
                return ran.failure();
            return m_repo.take();
        };
        interpreter::HostFunctions host;
        MigrationHost::registerAll(host, m_state);
        m_repo.registerAll(host);
        registerQuietIo(host);
        registerAppEnv(host, environment.appEnv);
        registerClock(host, environment.clock);
        QList<project::ElixirModule> all = environment.project ? environment.project->modules : QList<project::ElixirModule>{};
        all += modules;
        m_interpreter = std::make_unique<Interpreter>(all, std::move(host));
        if (environment.project) {
            // Library code the migration calls is read from deps/ when it is first called.
            m_interpreter->setModuleSource(
                [dependencies = environment.project->dependencies](const QString &name) -> std::optional<project::ElixirModule> {
                    std::optional<project::ElixirModule> found = dependencies ? dependencies->find(name) : std::nullopt;
                    if (found)
                        found = withMigrationImport(std::move(*found));
                    return found;
                });
        }
        m_state->definesDown = m_interpreter->hasFunction(module, QStringLiteral("down"), 0);
    }

    bool attribute(const QString &name)
    {
        Result<Value> value = m_interpreter->attribute(m_module, name);
        return value && value->isTrue();
    }

    CommandList callback(const Ast &body, const QString &direction)
    {
        m_state->direction = direction;
        interpreter::Bindings env = m_interpreter->moduleBindings(m_module);
        for (const Ast &statement : statements(body)) {
            Result<Value> result = m_interpreter->eval(statement, env);
            Result<CommandList> calls = m_repo.take();
            if (calls)
                m_state->sent.insert(m_state->sent.end(), calls->begin(), calls->end());
            if (result && calls)
                continue;
            // Ecto stops the callback at the first raise: what it queued is never
            // sent, what it sent at once (Repo calls, flushed commands) stays sent.
            m_state->queued.clear();
            // The call that failed, where the error says it is (a line inside the
            // statement), else the statement itself.
            const Error &failure = result ? calls.failure() : result.failure();
            const int line = failure.position.isValid() ? failure.position.line : statement.isCall() ? statement.pos().line : 0;
            const int column = failure.position.isValid() ? failure.position.column
                                                          : statement.isCall() ? statement.pos().column : 0;
            m_state->sent.push_back(Opaque{sourceOf(m_lines, line), line, column, failure.message});
            break;
        }
        return m_state->finish();
    }

private:
    static const project::Project &emptyProject()
    {
        static const project::Project none;
        return none;
    }

    static QStringList repos(const ReaderEnvironment &environment)
    {
        QStringList out{QStringLiteral("Repo")};
        if (environment.project && !environment.project->repo.repo.isEmpty())
            out << environment.project->repo.repo;
        return out;
    }

    QString m_module;
    const QStringList &m_lines;
    std::shared_ptr<MigrationHost::State> m_state;
    MigrationRepo m_repo;
    std::unique_ptr<Interpreter> m_interpreter;
};

} // namespace

qint64 MigrationReader::versionFromFileName(const QString &file)
{
    // Ecto's reading of the name (project::MigrationFileName); 0 when it is none.
    return project::MigrationFileName::parse(QFileInfo(file).fileName()).version;
}

QString MigrationReader::wrapAsModule(const QString &source)
{
    if (QRegularExpression(QStringLiteral("^\\s*defmodule\\s")).match(source).hasMatch())
        return source;
    const QString head = QStringLiteral("defmodule Migration do\n  use Ecto.Migration\n");
    if (QRegularExpression(QStringLiteral("(^|\\n)\\s*defp?[\\s(]")).match(source).hasMatch())
        return head + source + QStringLiteral("\nend\n");
    return head + QStringLiteral("def change do\n") + source + QStringLiteral("\nend\nend\n");
}

Migration MigrationReader::fromSource(const QByteArray &source, const QString &file, const ReaderEnvironment &environment)
{
    Migration m;
    m.file = file;
    m.version = versionFromFileName(file);
    const elixir::ParseResult parsed = elixir::Reader::parse(source, file);
    if (parsed.error) {
        m.error = Error(parsed.error->message, QString(), SourcePosition{file, parsed.error->line, parsed.error->column});
        return m;
    }
    QList<project::ElixirModule> modules = project::ModuleCollector::collect(parsed.ast, file);
    const project::ElixirModule *found = migrationModule(modules);
    if (!found) {
        m.error = Error(QStringLiteral("no defmodule"), QString(), SourcePosition{file, 0, 0});
        return m;
    }
    m.module = found->name;
    // Elixir compiles the module before running any of it.
    if (const auto undefined = UndefinedLocalCalls::first(*found)) {
        // Elixir's words; its CompileError keeps file and line as fields, as we keep a position.
        m.error = Error(QStringLiteral("undefined function %1/%2 (expected %3 to define such a "
                                       "function or for it to be imported, but none are available)")
                            .arg(undefined->name).arg(undefined->arity).arg(m.module),
                        QStringLiteral("CompileError"), SourcePosition{file, undefined->pos.line, undefined->pos.column});
        return m;
    }
    // `use Ecto.Migration` imports Ecto.Migration.
    for (project::ElixirModule &module : modules) {
        if (module.name == m.module)
            module.body.insert(module.body.begin(), importMigration());
    }
    const project::ElixirModule &module = *found;
    const QStringList lines = QString::fromUtf8(source).split(QLatin1Char('\n'));
    Run run(modules, m.module, environment, lines);
    m.disableDdlTransaction = run.attribute(QStringLiteral("disable_ddl_transaction"));
    m.disableMigrationLock = run.attribute(QStringLiteral("disable_migration_lock"));
    if (auto body = callbackBody(module, QStringLiteral("change"))) {
        m.change = run.callback(*body, QStringLiteral("up"));
        m.changeDown = run.callback(*body, QStringLiteral("down"));
    }
    if (auto body = callbackBody(module, QStringLiteral("up")))
        m.up = run.callback(*body, QStringLiteral("up"));
    if (auto body = callbackBody(module, QStringLiteral("down")))
        m.down = run.callback(*body, QStringLiteral("down"));
    return m;
}

} // namespace ectowb::migration
