#pragma once

// The modules an Elixir file of the test data defines, as the project loader would
// collect them, for tests that give an interpreter or an analysis a few modules
// without a whole project.
#include "project/elixirmodule.h"

#include <QList>
#include <QString>

namespace ectowb::testsupport {

// Empty when the file does not parse: the test then fails on what it looks for.
QList<project::ElixirModule> modulesInFile(const QString &path);

} // namespace ectowb::testsupport
