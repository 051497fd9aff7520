#pragma once

#include "exportformat.h"
#include "resultcolumn.h"

#include <QMetaType>
#include <QString>
#include <QVariantList>

namespace ectowb::runner {

// What the GUI side asks the worker to run: the statement with its values bound
// already (ValueDumper), so the worker only talks to the database.
struct RunRequest
{
    enum class Kind : quint8 { Rows, Plan };
    quint64 id = 0;
    Kind kind = Kind::Rows;
    QString sql;
    QVariantList params;
    int firstBatch = 0; // rows sent as soon as the statement has run
};

// An export of a run's result: the rows the caller holds already, written first,
// then whatever the open result has left, read straight into the file.
struct ExportRequest
{
    QString path;
    ExportFormat format = ExportFormat::Csv;
    ResultColumns columns;
    ResultRows fetched;
    bool restPending = false; // the result has rows the caller has not fetched
};

} // namespace ectowb::runner

Q_DECLARE_METATYPE(ectowb::runner::RunRequest)
