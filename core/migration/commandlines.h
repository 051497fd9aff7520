#pragma once

#include "command.h"

#include "elixir/ast.h"

#include <vector>

namespace ectowb::migration {

// The source line of each command of up/0, down/0 or change/0, found again in the
// quoted form: the calls that make commands (create, alter, drop, rename, execute,
// flush) are listed in source order and matched to the commands in order, by kind.
// Works on the commands whichever evaluator made them; a command with no call of its
// kind left (a helper, a loop) gets the line of the one before it, or of the def.
class CommandLines
{
public:
    CommandLines(const elixir::Ast &root, const QString &function);

    // Where a command is written; for an alter block also where each of its column
    // changes is, so a statement per change can point at its own line.
    struct Line
    {
        int line = 0;
        std::vector<int> changes;
        // The line of statement `k` of `count` the command rendered to.
        int statementLine(int k, int count) const;
    };
    std::vector<Line> linesOf(const CommandList &commands) const;
    int defLine() const { return m_defLine; }

private:
    struct Call
    {
        QString kind; // create, alter, drop, rename, execute, flush
        int line;
        std::vector<int> changes; // alter: its add/modify/remove lines
    };
    void collect(const elixir::Ast &node);

    std::vector<Call> m_calls;
    int m_defLine = 0;
};

} // namespace ectowb::migration
