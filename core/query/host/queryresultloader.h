#pragma once

#include "query/planner/selectshape.h"

#include "common/result.h"
#include "db/connection.h"
#include "db/connectionsettings.h"
#include "interpreter/value.h"

#include <vector>

namespace ectowb::interpreter {
class Interpreter;
}

namespace ectowb::query {

// The rows a query returned, turned into the values Repo.all gives the code:
// Ecto.Repo.Queryable's postprocess over the planner's SelectShape. Each column is
// loaded by its Ecto type (db::ValueLoader); a source becomes its schema's struct
// (the interpreter builds it with its defaults, so virtual fields and associations
// keep theirs), or nil when a join found no row and every column is NULL.
class QueryResultLoader
{
public:
    static Result<std::vector<interpreter::Value>> load(const SelectShape &shape, const db::QueryRows &rows,
                                                        db::Dialect dialect, interpreter::Interpreter &interpreter);
};

} // namespace ectowb::query
