#pragma once

#include "command.h"
#include "result.h"

#include <QString>

#include <optional>

namespace ectowb::migration {

// One migration file: its module, version, attributes and commands, either
// change/0 (reversed by Ecto on rollback) or up/0 + down/0.
struct Migration
{
    QString file;
    QString module;
    qint64 version = 0; // the leading digits of the file name; 0 when there are none
    bool disableDdlTransaction = false;
    bool disableMigrationLock = false;
    std::optional<CommandList> change;     // change/0 run with direction() :up
    std::optional<CommandList> changeDown; // change/0 run with direction() :down, for rollback
    std::optional<CommandList> up;
    std::optional<CommandList> down;
    // Set when the file could not be read (syntax error, no module): the rest is empty.
    std::optional<Error> error;

    bool isReversible() const { return change.has_value(); }
};

} // namespace ectowb::migration
