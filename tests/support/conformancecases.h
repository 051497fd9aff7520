#pragma once

// Reading what the conformance tests compare against: case files of one JSON object
// a line, the lists of known failures beside them, the projects the cases run in,
// and the terms of a case.
#include "testpaths.h" // conformanceDir(), where every case file is

#include "common/result.h"
#include "project/project.h"
#include "value/term.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ectowb::testsupport {

// The non-empty lines of a .jsonl file, trimmed, in order; nullopt when the file
// cannot be read, so a missing case file fails the test instead of running none.
std::optional<QList<QByteArray>> readJsonLines(const QString &path);

// "<id> <reason>" a line, # starts a comment: id -> reason. nullopt when the file
// cannot be read (an empty list would let every listed failure fail unexplained).
std::optional<QHash<QString, QString>> readKnownFailures(const QString &path);

// The project at `root`, or why it cannot be the project a case runs in: no mix.exs
// (the folder is not there), or errors while loading it.
Result<project::Project> loadProject(const QString &root);

// object[key], nil when absent: the cases leave out what does not apply.
value::Term field(const value::Term &object, const char *key);

// The keys of a JSON object term in the order the file wrote them: objects compare
// as sets of keys, yet Ecto's error keys also have an order the tests check.
QStringList keysInOrder(const value::Term &object);

// A term in the JSON encoding of the case files, for failure messages and for
// comparing parameters as the files write them.
QString termJson(const value::Term &term);

} // namespace ectowb::testsupport
