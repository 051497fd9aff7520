#pragma once

#include "command.h"
#include "result.h"

namespace ectowb::migration {

// Ecto.Migration.Runner's reverse/1: the command that undoes `command` when
// change/0 is rolled back, or the Ecto.MigrationError message when Ecto refuses.
// Pure: no dialect, no database.
class Reverser
{
public:
    static Result<Command> reverse(const Command &command);
    // How the Runner names a command in its messages ("drop table posts cascade").
    static QString describe(const Command &command);

private:
    static std::optional<std::vector<ColumnChange>> reverseChanges(const std::vector<ColumnChange> &changes);
};

} // namespace ectowb::migration
