#include "sourceprinter.h"

#include "sourcewriter.h"

namespace ectowb::elixir {

QString SourcePrinter::print(const Ast &ast)
{
    return SourceWriter().statements(ast, 0);
}

} // namespace ectowb::elixir
