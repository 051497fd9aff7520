#pragma once

#include "elixir/ast.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace ectowb::project {

// The compile-time application config of a Mix project, as far as it is static:
// config/config.exs and what it imports (`import_config "#{config_env()}.exs"`),
// with `if config_env() == :prod` branches decided for the given environment.
// `Application.compile_env/2,3` reads from here; runtime.exs is not compile time.
class AppConfig
{
public:
    static AppConfig read(const QString &projectDir, const QString &mixEnv = QStringLiteral("dev"));

    // The value at `path` under `app` (keys: atom names, or module names such as
    // "MyApp.Repo"), deep-merged as Config does; nullopt when not configured.
    std::optional<elixir::Ast> value(const QString &app, const QStringList &path) const;

    bool isEmpty() const { return m_apps.isEmpty(); }

private:
    void readFile(const QString &path, int depth);
    void runStatements(elixir::AstSpan stmts, const QString &dir, int depth);
    std::optional<bool> staticCondition(const elixir::Ast &condition) const;
    void merge(const QString &app, const elixir::Ast &keywords);

    QString m_mixEnv;
    QHash<QString, elixir::Ast> m_apps; // app name -> keyword list
};

} // namespace ectowb::project
