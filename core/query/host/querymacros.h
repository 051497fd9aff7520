#pragma once

#include "interpreter/hostfunctions.h"

#include <memory>

namespace ectowb::query {

class QueryContext;

// The Ecto.Query API as interpreter host functions: from/2 in keyword syntax, the
// pipe macros (where, join, select, order_by, ...), dynamic/2, the combinations,
// with_cte/3 and the plain functions (subquery, first, exclude, ...). Macros get
// their arguments unevaluated, as Ecto's do; each returns a new query value.
class QueryMacros
{
public:
    static void registerAll(interpreter::HostFunctions &host, std::shared_ptr<QueryContext> context);
};

} // namespace ectowb::query
