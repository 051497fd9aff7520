#pragma once

#include "migrationhost.h"

namespace ectowb::migration {

// Ecto.Migration's builders as host functions: table/2, index/3, unique_index/3,
// constraint/3, references/2 and fragment/1 return the %Ecto.Migration.*{}
// structs Ecto returns, with its defaults, its default index names and its
// checks of options; and the type and precision checks add/modify/remove make.
class MigrationBuilders
{
public:
    static void registerAll(interpreter::HostFunctions &host, const std::shared_ptr<MigrationHost::State> &state);
    // validate_type!/1 and validate_precision_opts!/2
    static std::optional<Error> validateType(const interpreter::Value &type);
    static std::optional<Error> validatePrecision(const interpreter::Value &opts, const interpreter::Value &column);
};

} // namespace ectowb::migration
