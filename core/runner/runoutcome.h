#pragma once

#include <QMetaType>
#include <QString>

namespace ectowb::runner {

// How a run ended. A run that returns rows ends when its last row was read, when
// it failed or was cancelled part way, or when it was closed before its end.
struct RunOutcome
{
    enum class Status : quint8 {
        Ok,        // every row read, or the statement done (rowsAffected)
        Error,     // `message` is the database's (or the binding's) message
        Cancelled, // stopped on request; rows read before stay valid
        Closed,    // closed before its last row (a later run took the connection)
    };
    Status status = Status::Ok;
    QString message;
    bool returnsRows = false;
    qint64 rowsRead = 0;      // rows read from the database (delivered or exported)
    qint64 rowsAffected = -1; // a statement without rows: what it changed, if known
    qint64 executeMs = 0;     // from sending the statement to its first row (or its end)

    bool isOk() const { return status == Status::Ok; }
};

// How an export ended.
struct ExportOutcome
{
    bool ok = false;
    bool cancelled = false;
    QString message;
    qint64 rows = 0; // rows written
};

} // namespace ectowb::runner

Q_DECLARE_METATYPE(ectowb::runner::RunOutcome)
Q_DECLARE_METATYPE(ectowb::runner::ExportOutcome)
