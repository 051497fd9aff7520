#include "rowwriter.h"

#include "csvwriter.h"
#include "jsonwriter.h"

#include <QIODevice>

namespace ectowb::runner {

namespace {
constexpr qsizetype FlushSize = 64 * 1024;
}

std::unique_ptr<RowWriter> RowWriter::create(ExportFormat format, QIODevice *device)
{
    switch (format) {
    case ExportFormat::Csv:
        return std::make_unique<CsvWriter>(device);
    case ExportFormat::Json:
        return std::make_unique<JsonWriter>(device);
    }
    return nullptr;
}

bool RowWriter::flush(bool force)
{
    if (m_buffer.isEmpty() || (!force && m_buffer.size() < FlushSize))
        return true;
    if (m_device->write(m_buffer) != m_buffer.size()) {
        m_error = m_device->errorString();
        return false;
    }
    m_buffer.clear();
    return true;
}

} // namespace ectowb::runner
