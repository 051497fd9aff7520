#pragma once

#include "querycomposerrendering.h"

#include "db/connectionsettings.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>

namespace ectowb::project {
struct Project;
}
namespace ectowb::query {
class QueryCompiler;
}

namespace ectowb::widgets {

// The composer's own renderer: the query core (query::QueryCompiler) over the open
// project, answering with the SQL and parameters Ecto would send, errors with their
// line, and the queries of preload:.
class QueryComposerRenderer
{
    Q_DECLARE_TR_FUNCTIONS(QueryComposerRenderer)
public:
    // Reads the project's schemas and functions; a copy is kept.
    explicit QueryComposerRenderer(const project::Project &project);
    ~QueryComposerRenderer();

    // `pins`: the values given for the source's open parameters.
    QueryComposerRendering render(const QString &source, db::Dialect dialect,
                                  const QHash<QString, value::Term> &pins) const;

private:
    std::unique_ptr<query::QueryCompiler> m_compiler;
};

} // namespace ectowb::widgets
