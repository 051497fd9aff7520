#include "seedscript.h"

#include "query/querycompiler.h"
#include "db/valuedumper.h"

#include <QDir>
#include <QFile>

namespace ectowb::runner {

using query::ComposeResult;
using query::ComposerError;
using query::QueryCompiler;

QString SeedScript::pathFor(const project::Project &project)
{
    const QString path = QDir(project.root).filePath(QStringLiteral("priv/repo/seeds.exs"));
    return QFile::exists(path) ? path : QString();
}

Result<int> SeedScript::run(db::Connection &connection, const project::Project &project, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot read %1").arg(path)};
    const QString source = QString::fromUtf8(file.readAll());
    QueryCompiler compiler(project);
    const ComposeResult composed = compiler.compose(source, connection.dialect());
    if (!composed.isOk()) {
        const ComposerError &error = composed.errors.front();
        return Error{QStringLiteral("%1:%2:%3: %4").arg(path).arg(error.pos.line).arg(error.pos.column).arg(error.text())};
    }
    if (!composed.openParameters.empty())
        return Error{QStringLiteral("%1: ^%2 is not bound").arg(path, composed.openParameters.front().name)};
    // All or nothing, as a failing `mix run` inside Repo.transaction would be.
    if (auto begun = connection.begin(); !begun)
        return begun.failure();
    int done = 0;
    for (const query::Statement &statement : composed.statements) {
        const auto values = db::ValueDumper::values(statement.params, connection.dialect());
        const auto ran = values ? connection.exec(statement.sql, *values) : Result<db::QueryRows>(values.failure());
        if (!ran) {
            connection.rollback();
            return Error{QStringLiteral("%1: statement %2 failed: %3\n%4").arg(path).arg(done + 1).arg(ran.error(), statement.sql)};
        }
        ++done;
    }
    if (auto committed = connection.commit(); !committed)
        return committed.failure();
    return done;
}

} // namespace ectowb::runner
