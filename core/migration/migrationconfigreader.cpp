#include "migrationconfigreader.h"

#include "elixir/reader.h"
#include "interpreter/interpreter.h"

#include <QDir>
#include <QFileInfo>

namespace ectowb::migration {

using elixir::Ast;
using interpreter::Value;

namespace {

Value keywordPut(const Value &keyword, const Value &key, const Value &value)
{
    std::vector<Value> out;
    bool replaced = false;
    for (const Value &e : keyword.isList() ? keyword.elements() : std::vector<Value>{}) {
        if (e.isTuple(2) && e.elements()[0] == key) {
            if (!replaced)
                out.push_back(Value::tuple({key, value}));
            replaced = true;
        } else {
            out.push_back(e);
        }
    }
    if (!replaced)
        out.push_back(Value::tuple({key, value}));
    return Value::list(std::move(out));
}

class ConfigRun
{
public:
    explicit ConfigRun(QString mixEnv) : m_mixEnv(std::move(mixEnv)) {}

    void readFile(const QString &path, int depth = 0)
    {
        const auto parsed = elixir::Reader::parseFile(path);
        if (!parsed.isValid() || depth > 4)
            return;
        interpreter::Bindings env;
        env.aliases().setCurrentModule(QString());
        for (const Ast &stmt : parsed.ast.blockStatements()) {
            if (stmt.isCall(u"import_config", 1)) {
                // import_config "#{config_env()}.exs" and friends: the env's file.
                const QString name = stmt.args()[0].isString() ? stmt.args()[0].text() : m_mixEnv + QStringLiteral(".exs");
                readFile(QDir(QFileInfo(path).absolutePath()).filePath(name), depth + 1);
            } else if (stmt.isCall(u"config")) {
                apply(stmt, env);
            } else if (stmt.isCall(u"=", 2) || stmt.isCall(u"alias") || stmt.isCall(u"import")) {
                (void)m_interpreter.eval(stmt, env); // variables later config uses
            }
        }
    }

    Value appEnv() const { return m_appEnv; }

private:
    void apply(const Ast &stmt, interpreter::Bindings &env)
    {
        std::vector<Value> args;
        for (const Ast &a : stmt.args()) {
            Result<Value> v = m_interpreter.eval(a, env);
            if (v) {
                args.push_back(*v);
                continue;
            }
            // A keyword list with an entry that cannot be evaluated: keep the rest.
            if (!a.isList())
                return;
            std::vector<Value> kept;
            for (const Ast &pair : a.elements()) {
                Result<Value> p = m_interpreter.eval(pair, env);
                if (p)
                    kept.push_back(*p);
            }
            args.push_back(Value::list(std::move(kept)));
        }
        if (args.empty() || !args[0].isAtom())
            return;
        Value current = m_appEnv.get(args[0]).value_or(Value::list({}));
        if (args.size() == 2 && args[1].isKeyword()) {
            current = MigrationConfigReader::deepMerge(current, args[1]);
        } else if (args.size() == 3 && args[1].isAtom()) {
            const Value existing = [&] {
                for (const Value &e : current.elements()) {
                    if (e.elements()[0] == args[1])
                        return e.elements()[1];
                }
                return Value();
            }();
            const Value merged = existing.isKeyword() && args[2].isKeyword() ? MigrationConfigReader::deepMerge(existing, args[2]) : args[2];
            current = keywordPut(current, args[1], merged);
        } else {
            return;
        }
        m_appEnv = m_appEnv.put(args[0], current);
    }

    QString m_mixEnv;
    interpreter::Interpreter m_interpreter;
    Value m_appEnv = Value::map({});
};

} // namespace

Value MigrationConfigReader::deepMerge(const Value &base, const Value &extra)
{
    Value out = base;
    for (const Value &e : extra.elements()) {
        const Value &key = e.elements()[0];
        Value value = e.elements()[1];
        for (const Value &b : base.elements()) {
            if (b.elements()[0] == key && b.elements()[1].isKeyword() && value.isKeyword() && !value.elements().empty())
                value = deepMerge(b.elements()[1], value);
        }
        out = keywordPut(out, key, value);
    }
    return out;
}

ProjectConfig MigrationConfigReader::read(const project::Project &project, const QString &mixEnv)
{
    ProjectConfig out;
    const QString configFile = QDir(project.root).filePath(QStringLiteral("config/config.exs"));
    if (project.root.isEmpty() || !QFileInfo::exists(configFile))
        return out;
    ConfigRun run(mixEnv);
    run.readFile(configFile);
    out.appEnv = run.appEnv();
    const QString app = project.repo.otpApp;
    const Value repo = Value::atom(QStringLiteral("Elixir.") + project.repo.repo); // as the alias evaluates
    const Value appConfig = out.appEnv.get(Value::atom(app)).value_or(Value::list({}));
    Value repoConfig;
    for (const Value &e : appConfig.isList() ? appConfig.elements() : std::vector<Value>{}) {
        if (e.isTuple(2) && e.elements()[0] == repo)
            repoConfig = e.elements()[1];
    }
    if (!repoConfig.isKeyword())
        return out;
    for (const Value &e : repoConfig.elements()) {
        const QString key = e.elements()[0].atomName();
        const Value &value = e.elements()[1];
        if (key == QLatin1String("migration_primary_key"))
            out.migration.primaryKey = value;
        else if (key == QLatin1String("migration_foreign_key"))
            out.migration.foreignKey = value;
        else if (key == QLatin1String("migration_timestamps"))
            out.migration.timestamps = value;
        else if (key == QLatin1String("migration_default_prefix"))
            out.migration.defaultPrefix = value;
        else if (key == QLatin1String("migration_source") && value.isBinary())
            out.migration.source = value.text();
        else if (key == QLatin1String("priv") && value.isBinary())
            out.migration.priv = value.text();
    }
    return out;
}

} // namespace ectowb::migration
