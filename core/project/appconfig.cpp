#include "appconfig.h"

#include "elixir/reader.h"

#include <QDir>
#include <QFileInfo>

using ectowb::elixir::Ast;

namespace ectowb::project {

namespace {
constexpr int kMaxImportDepth = 8; // import_config cycles must end

QString aliasName(const Ast &alias)
{
    QStringList segments;
    for (const Ast &s : alias.args())
        segments << s.atomName();
    return segments.join(QLatin1Char('.'));
}

// Config keys as atoms: `MyApp.Repo` is the atom Elixir.MyApp.Repo.
Ast keyOf(const Ast &key)
{
    if (key.isCall(u"__aliases__"))
        return Ast::atom(QStringLiteral("Elixir.") + aliasName(key));
    return key;
}

// Config.__merge__: keyword lists merge key by key, recursively; anything else is
// replaced by the newer value.
Ast deepMerge(const Ast &old, const Ast &newer)
{
    if (!old.isKeywordList() || !newer.isKeywordList())
        return newer;
    std::vector<Ast> out;
    for (const Ast &pair : old.elements()) {
        const QString key = pair.elements()[0].atomName();
        const Ast replacement = newer.keywordValue(key);
        if (!replacement.isValid())
            out.push_back(pair);
    }
    for (const Ast &pair : newer.elements()) {
        const Ast previous = old.keywordValue(pair.elements()[0].atomName());
        out.push_back(Ast::tuple(pair.elements()[0],
                                 previous.isValid() ? deepMerge(previous, pair.elements()[1]) : pair.elements()[1]));
    }
    return Ast::list(std::move(out));
}

bool isEnvCall(const Ast &expr)
{
    // config_env(), Mix.env(), Mix.env
    if (expr.isCall(u"config_env", 0))
        return true;
    return expr.isCall() && expr.callForm().isCall(u".", 2) && expr.callForm().args()[0].isCall(u"__aliases__")
           && aliasName(expr.callForm().args()[0]) == QLatin1String("Mix") && expr.callForm().args()[1].isAtom(u"env");
}
} // namespace

AppConfig AppConfig::read(const QString &projectDir, const QString &mixEnv)
{
    AppConfig config;
    config.m_mixEnv = mixEnv;
    config.readFile(QDir(projectDir).filePath(QStringLiteral("config/config.exs")), 0);
    return config;
}

void AppConfig::readFile(const QString &path, int depth)
{
    if (depth > kMaxImportDepth || !QFileInfo::exists(path))
        return;
    const elixir::ParseResult parsed = elixir::Reader::parseFile(path);
    if (!parsed.isValid())
        return;
    const std::vector<Ast> stmts = parsed.ast.blockStatements();
    runStatements(stmts, QFileInfo(path).absolutePath(), depth);
}

std::optional<bool> AppConfig::staticCondition(const Ast &condition) const
{
    if (condition.isAtom(u"true"))
        return true;
    if (condition.isAtom(u"false") || condition.isAtom(u"nil"))
        return false;
    const bool eq = condition.isCall(u"==", 2);
    if (!eq && !condition.isCall(u"!=", 2))
        return std::nullopt;
    const Ast &left = condition.args()[0];
    const Ast &right = condition.args()[1];
    const Ast &env = isEnvCall(left) ? right : left;
    if (!(isEnvCall(left) || isEnvCall(right)) || !env.isAtom())
        return std::nullopt;
    return (env.atomName() == m_mixEnv) == eq;
}

void AppConfig::runStatements(elixir::AstSpan stmts, const QString &dir, int depth)
{
    for (const Ast &stmt : stmts) {
        if (stmt.isCall(u"config", 2) && stmt.args()[0].isAtom() && stmt.args()[1].isKeywordList()) {
            std::vector<Ast> pairs;
            for (const Ast &pair : stmt.args()[1].elements())
                pairs.push_back(Ast::tuple(keyOf(pair.elements()[0]), pair.elements()[1]));
            merge(stmt.args()[0].atomName(), Ast::list(std::move(pairs)));
        } else if (stmt.isCall(u"config", 3) && stmt.args()[0].isAtom()) {
            merge(stmt.args()[0].atomName(), Ast::list({Ast::tuple(keyOf(stmt.args()[1]), stmt.args()[2])}));
        } else if (stmt.isCall(u"import_config", 1)) {
            // "prod.exs", or "#{config_env()}.exs": the interpolation is the environment.
            const Ast &file = stmt.args()[0];
            QString name;
            if (file.isString()) {
                name = file.text();
            } else if (file.isCall(u"<<>>")) {
                for (const Ast &part : file.args()) {
                    if (part.isString())
                        name += part.text();
                    else if (part.isCall(u"::", 2) && part.args()[0].isCall() && !part.args()[0].args().empty()
                             && isEnvCall(part.args()[0].args()[0]))
                        name += m_mixEnv;
                    else
                        name.clear();
                }
            }
            if (!name.isEmpty())
                readFile(QDir(dir).filePath(name), depth + 1);
        } else if (stmt.isCall(u"if", 2)) {
            const std::optional<bool> taken = staticCondition(stmt.args()[0]);
            if (!taken)
                continue;
            const Ast branch = stmt.args()[1].keywordValue(*taken ? u"do" : u"else");
            if (branch.isValid())
                runStatements(branch.blockStatements(), dir, depth);
        }
    }
}

void AppConfig::merge(const QString &app, const Ast &keywords)
{
    const auto it = m_apps.constFind(app);
    m_apps.insert(app, it == m_apps.constEnd() ? keywords : deepMerge(*it, keywords));
}

std::optional<Ast> AppConfig::value(const QString &app, const QStringList &path) const
{
    const auto it = m_apps.constFind(app);
    if (it == m_apps.constEnd() || path.isEmpty())
        return std::nullopt;
    Ast node = *it;
    for (const QString &key : path) {
        const bool isModule = !key.isEmpty() && key.front().isUpper() && !key.startsWith(QLatin1String("Elixir."));
        const Ast next = node.isList() ? node.keywordValue(isModule ? QStringLiteral("Elixir.") + key : key) : Ast();
        if (!next.isValid())
            return std::nullopt;
        node = next;
    }
    return node;
}

} // namespace ectowb::project
