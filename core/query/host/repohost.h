#pragma once

#include "changeset/changesethost.h"
#include "interpreter/hostfunctions.h"

#include <QStringList>

#include <memory>

namespace ectowb::query {

class QueryContext;

// Repo and Ecto.Multi as interpreter host functions that record, never run: each
// Repo call adds the statements Ecto would send to the context and answers as a
// database without rows would (all -> [], one -> nil, update_all -> {0, nil}).
// Calls that raise in that situation after sending (get!, one!, aggregate;
// insert/update/delete of a struct, which find no row to return) record their
// statement and stop the evaluation through QueryContext::raiseAfterSend.
class RepoHost
{
public:
    // `repos`: the module names Repo calls arrive under ("Repo", "Blog.Repo").
    static void registerAll(interpreter::HostFunctions &host, std::shared_ptr<QueryContext> context,
                            const QStringList &repos, std::shared_ptr<changeset::ChangesetHost::Context> changesets);
};

} // namespace ectowb::query
