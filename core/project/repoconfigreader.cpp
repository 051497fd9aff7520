#include "repoconfigreader.h"

#include "elixir/reader.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

using ectowb::elixir::Ast;

namespace ectowb::project {

namespace {

// A config value as a string: literals, `System.get_env("X") || "default"`,
// `System.get_env("X", "default")`, and `Path.expand(path, __DIR__)`.
QString evalString(const Ast &expr, const QProcessEnvironment &env, const QString &configDir)
{
    if (expr.isString())
        return expr.text();
    if (expr.isInteger())
        return QString::fromLatin1(expr.integerText());
    if (expr.isCall(u"||", 2)) {
        const QString left = evalString(expr.args()[0], env, configDir);
        return left.isEmpty() ? evalString(expr.args()[1], env, configDir) : left;
    }
    if (expr.isCall() && expr.callForm().isCall(u".", 2)) {
        const Ast &target = expr.callForm().args()[0];
        const QString fun = expr.callForm().args()[1].atomName();
        const QString module = target.isCall(u"__aliases__") && !target.args().empty()
                                   ? target.args()[0].atomName()
                                   : QString();
        const auto &args = expr.args();
        if (module == QLatin1String("System") && fun == QLatin1String("get_env") && !args.empty()) {
            const QString name = evalString(args[0], env, configDir);
            if (env.contains(name))
                return env.value(name);
            return args.size() > 1 ? evalString(args[1], env, configDir) : QString();
        }
        if (module == QLatin1String("Path") && fun == QLatin1String("expand") && !args.empty()) {
            const QString path = evalString(args[0], env, configDir);
            const bool relativeToConfig = args.size() > 1 && args[1].isVariable()
                                          && args[1].callName() == QLatin1String("__DIR__");
            const QString base = relativeToConfig ? configDir : QFileInfo(configDir).absolutePath();
            return QDir::cleanPath(QDir(base).absoluteFilePath(path));
        }
        if (module == QLatin1String("String") && fun == QLatin1String("to_integer") && !args.empty())
            return evalString(args[0], env, configDir);
    }
    return QString();
}

// [verify: :verify_peer, cacertfile: "x"] as text pairs (atoms by name).
QList<QPair<QString, QString>> keywordPairs(const Ast &list, const QProcessEnvironment &env, const QString &configDir)
{
    QList<QPair<QString, QString>> pairs;
    for (const Ast &pair : list.elements()) {
        if (!pair.isTuple() || pair.elements().size() != 2 || !pair.elements()[0].isAtom())
            continue;
        const Ast &value = pair.elements()[1];
        pairs.append({pair.elements()[0].atomName(), value.isAtom() ? value.atomName() : evalString(value, env, configDir)});
    }
    return pairs;
}

// ssl:, ssl_opts: and parameters:, which reach the connection (UrlOptions).
bool applyConnectionKeyword(RepoConfig &config, const QString &key, const Ast &value, const QProcessEnvironment &env,
                            const QString &configDir)
{
    if (key == QLatin1String("ssl")) {
        if (value.isAtom())
            config.ssl = value.atomName();
        else if (value.isList()) {
            config.ssl = QStringLiteral("true");
            config.sslOptions += keywordPairs(value, env, configDir);
        } else
            config.ssl = evalString(value, env, configDir);
        return true;
    }
    if (key == QLatin1String("ssl_opts")) {
        config.sslOptions += keywordPairs(value, env, configDir);
        return true;
    }
    if (key == QLatin1String("parameters")) {
        config.parameters = keywordPairs(value, env, configDir);
        return true;
    }
    return false;
}

void applyKeyword(RepoConfig &config, const QString &key, const Ast &value, const QProcessEnvironment &env,
                  const QString &configDir)
{
    if (applyConnectionKeyword(config, key, value, env, configDir))
        return;
    const QString v = evalString(value, env, configDir);
    if (key == QLatin1String("database"))
        config.database = v;
    else if (key == QLatin1String("hostname"))
        config.hostname = v;
    else if (key == QLatin1String("port"))
        config.port = v.toInt();
    else if (key == QLatin1String("username"))
        config.username = v;
    else if (key == QLatin1String("password"))
        config.password = v;
    else if (key == QLatin1String("url"))
        config.url = v;
    else if (key == QLatin1String("adapter") && value.isCall(u"__aliases__")) {
        QStringList segments;
        for (const Ast &s : value.args())
            segments << s.atomName();
        config.adapter = segments.join(QLatin1Char('.'));
    }
}

void readConfigFile(const QString &path, RepoConfig &config, const QProcessEnvironment &env)
{
    const auto parsed = elixir::Reader::parseFile(path);
    if (!parsed.isValid())
        return;
    const QString dir = QFileInfo(path).absolutePath();
    for (const Ast &stmt : parsed.ast.blockStatements()) {
        // config :app, Blog.Repo, key: value, ...
        if (!stmt.isCall(u"config") || stmt.args().size() < 3)
            continue;
        const Ast &key = stmt.args()[1];
        QString module;
        if (key.isCall(u"__aliases__")) {
            QStringList segments;
            for (const Ast &s : key.args())
                segments << s.atomName();
            module = segments.join(QLatin1Char('.'));
        }
        if (module.isEmpty() || (module != config.repo && !(config.repo.isEmpty() && module.endsWith(QLatin1String("Repo")))))
            continue;
        if (config.repo.isEmpty())
            config.repo = module;
        for (const Ast &pair : stmt.args()[2].elements()) {
            if (pair.isTuple() && pair.elements()[0].isAtom())
                applyKeyword(config, pair.elements()[0].atomName(), pair.elements()[1], env, dir);
        }
    }
}

} // namespace

void RepoConfigReader::applyUrl(RepoConfig &config, const QString &text)
{
    const QUrl url(text);
    if (!url.isValid() || url.scheme().isEmpty())
        return;
    config.url = text;
    if (!url.host().isEmpty())
        config.hostname = url.host();
    if (url.port() > 0)
        config.port = url.port();
    if (!url.userName().isEmpty())
        config.username = url.userName();
    if (!url.password().isEmpty())
        config.password = url.password();
    const QString path = url.path();
    if (path.size() > 1)
        config.database = path.mid(1);
}

RepoConfig RepoConfigReader::read(const QString &projectDir, const QList<ElixirModule> &modules,
                                  const QProcessEnvironment &env, const QString &mixEnv)
{
    RepoConfig config;
    for (const ElixirModule &module : modules) {
        for (const Ast &stmt : module.body) {
            if (!stmt.isCall(u"use", 2) || module.scope.expand(stmt.args()[0]) != QLatin1String("Ecto.Repo"))
                continue;
            config.repo = module.name;
            const Ast opts = stmt.args()[1];
            config.otpApp = opts.keywordValue(u"otp_app").atomName();
            const Ast adapter = opts.keywordValue(u"adapter");
            config.adapter = module.scope.expand(adapter);
        }
    }
    const QDir dir(projectDir);
    readConfigFile(dir.filePath(QStringLiteral("config/config.exs")), config, env);
    readConfigFile(dir.filePath(QStringLiteral("config/%1.exs").arg(mixEnv)), config, env);
    if (config.isSqlite() && !config.database.isEmpty() && QFileInfo(config.database).isRelative())
        config.database = QDir::cleanPath(dir.absoluteFilePath(config.database)); // mix runs in the project root
    if (!config.url.isEmpty())
        applyUrl(config, config.url);

    if (env.contains(QStringLiteral("DATABASE_URL")))
        applyUrl(config, env.value(QStringLiteral("DATABASE_URL")));
    if (config.isPostgres() || config.adapter.isEmpty()) {
        if (env.contains(QStringLiteral("PGHOST")))
            config.hostname = env.value(QStringLiteral("PGHOST"));
        if (env.contains(QStringLiteral("PGPORT")))
            config.port = env.value(QStringLiteral("PGPORT")).toInt();
        if (env.contains(QStringLiteral("PGUSER")))
            config.username = env.value(QStringLiteral("PGUSER"));
        if (env.contains(QStringLiteral("PGPASSWORD")))
            config.password = env.value(QStringLiteral("PGPASSWORD"));
        if (env.contains(QStringLiteral("PGDATABASE")))
            config.database = env.value(QStringLiteral("PGDATABASE"));
    }
    return config;
}

} // namespace ectowb::project
