#pragma once

#include "exportformat.h"
#include "resultcolumn.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QIODevice;

namespace ectowb::runner {

// Writes a result row by row to a device, so an export of any size holds one row
// (and a small buffer) at a time. begin() once, write() per row, finish() once;
// each returns false when the device refused the data (errorString() says why).
class RowWriter
{
public:
    static std::unique_ptr<RowWriter> create(ExportFormat format, QIODevice *device);

    explicit RowWriter(QIODevice *device) : m_device(device) {}
    virtual ~RowWriter() = default;
    RowWriter(const RowWriter &) = delete;
    RowWriter &operator=(const RowWriter &) = delete;

    virtual bool begin(const ResultColumns &columns) = 0;
    virtual bool write(const ResultRow &row) = 0;
    virtual bool finish() = 0;

    QString errorString() const { return m_error; }
    qint64 rowsWritten() const { return m_rows; }

protected:
    QByteArray &buffer() { return m_buffer; }
    // Hands the buffer to the device once it is big enough, or always with `force`.
    bool flush(bool force = false);
    void countRow() { ++m_rows; }

private:
    QIODevice *m_device;
    QByteArray m_buffer;
    QString m_error;
    qint64 m_rows = 0;
};

} // namespace ectowb::runner
