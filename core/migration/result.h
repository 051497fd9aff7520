#pragma once

#include "common/result.h"

namespace ectowb::migration {
using ectowb::Error;
using ectowb::Result;
} // namespace ectowb::migration
