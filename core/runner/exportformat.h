#pragma once

#include <QString>

namespace ectowb::runner {

enum class ExportFormat : quint8 { Csv, Json };

inline QString fileSuffix(ExportFormat format)
{
    return format == ExportFormat::Csv ? QStringLiteral("csv") : QStringLiteral("json");
}

} // namespace ectowb::runner
