#include "elixirmodules.h"

#include "elixir/reader.h"
#include "project/modulecollector.h"

namespace ectowb::testsupport {

QList<project::ElixirModule> modulesInFile(const QString &path)
{
    const elixir::ParseResult parsed = elixir::Reader::parseFile(path);
    if (!parsed.isValid())
        return {};
    return project::ModuleCollector::collect(parsed.ast, path);
}

} // namespace ectowb::testsupport
