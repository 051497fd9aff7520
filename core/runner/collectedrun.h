#pragma once

#include "common/result.h"
#include "resultcolumn.h"
#include "statement.h"

namespace ectowb::runner {

class StatementRunner;

// Every row of one statement, read to its end.
struct CollectedRows
{
    ResultColumns columns;
    ResultRows rows;
    qint64 rowsAffected = -1; // a statement without rows: what it changed, if known
};

// Runs one statement on a StatementRunner and waits, in a local event loop, until its
// last row is read: for callers with no event loop of their own (`ectowb query
// --run`), so a statement goes to the database the way the GUI sends it (the same
// binding, worker thread and messages). The database's error, or the binding's, is
// the Error.
class CollectedRun
{
public:
    static Result<CollectedRows> run(StatementRunner &runner, const Statement &statement);
};

} // namespace ectowb::runner
