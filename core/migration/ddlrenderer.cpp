#include "ddlrenderer.h"

namespace ectowb::migration {

Result<QStringList> DdlRenderer::render(const Command &command) const
{
    const bool postgres = name() == QLatin1String("postgres");
    auto sqlOf = [postgres](const DataStatement &s) { return postgres ? s.postgresSql : s.sqliteSql; };
    if (const auto *execute = std::get_if<Execute>(&command)) {
        if (execute->keywordCommand)
            return Error{QStringLiteral("%1 adapter does not support keyword lists in execute")
                             .arg(postgres ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite3")), QStringLiteral("ArgumentError")};
        if (!execute->upCode)
            return QStringList{execute->up};
        QStringList out;
        for (const DataStatement &s : *execute->upCode)
            out << sqlOf(s);
        return out;
    }
    if (const auto *data = std::get_if<DataStatement>(&command))
        return QStringList{sqlOf(*data)};
    if (std::holds_alternative<Flush>(command))
        return QStringList{};
    if (const auto *opaque = std::get_if<Opaque>(&command)) {
        return Error{opaque->reason, QString(), SourcePosition{QString(), opaque->line, opaque->column}};
    }
    return renderDdl(command);
}

} // namespace ectowb::migration
