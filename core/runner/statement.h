#pragma once

#include "value/term.h"

#include <QString>

#include <vector>

namespace ectowb::runner {

// One statement to run, however it was made: SQL text with the database's own
// placeholders (`$1..$n` on PostgreSQL, `?` on SQLite) and the dumped values for
// them, in order. The query renderer's Statement has this shape.
struct Statement
{
    QString sql;
    std::vector<value::Term> params;
};

} // namespace ectowb::runner
