#include "clicommands.h"

#include <QTextStream>

namespace ectowb::cli {

// Replaced by the reader's implementation as soon as core/elixir/reader lands.
int runAst(const QStringList &)
{
    QTextStream(stderr) << "ectowb ast: the Elixir reader is not built yet\n";
    return 1;
}

} // namespace ectowb::cli
