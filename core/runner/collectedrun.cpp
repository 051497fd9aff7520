#include "collectedrun.h"

#include "statementrunner.h"

#include <QEventLoop>

#include <memory>

namespace ectowb::runner {

Result<CollectedRows> CollectedRun::run(StatementRunner &runner, const Statement &statement)
{
    CollectedRows out;
    RunOutcome outcome;
    QEventLoop loop;
    // The run's signals come from the event loop, never from inside run(): connecting
    // after it started misses nothing.
    const std::unique_ptr<QueryRun> run(runner.run(statement));
    QObject::connect(run.get(), &QueryRun::columnsReady, &loop, [&out](const ResultColumns &columns) { out.columns = columns; });
    QObject::connect(run.get(), &QueryRun::rowsFetched, &loop, [&out, &run](const ResultRows &rows, bool atEnd) {
        out.rows += rows;
        if (!atEnd)
            run->fetchMore(0);
    });
    QObject::connect(run.get(), &QueryRun::finished, &loop, [&outcome, &loop](const RunOutcome &finished) {
        outcome = finished;
        loop.quit();
    });
    loop.exec();
    if (!outcome.isOk())
        return Error{outcome.message};
    out.rowsAffected = outcome.rowsAffected;
    return out;
}

} // namespace ectowb::runner
