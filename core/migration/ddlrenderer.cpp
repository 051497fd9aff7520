#include "ddlrenderer.h"

namespace ectowb::migration {

Result<QStringList> DdlRenderer::render(const Command &command) const
{
    if (const auto *execute = std::get_if<Execute>(&command))
        return QStringList{execute->up};
    if (std::holds_alternative<Flush>(command))
        return QStringList{};
    if (const auto *opaque = std::get_if<Opaque>(&command)) {
        return Error{QStringLiteral("cannot render a command the reader could not evaluate (line %1): %2")
                         .arg(opaque->line)
                         .arg(opaque->source)};
    }
    return renderDdl(command);
}

} // namespace ectowb::migration
