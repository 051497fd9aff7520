#pragma once

// Where the tests find their inputs, and copies of them a test may change.
#include <QByteArray>
#include <QString>

namespace ectowb::testsupport {

// resources/sample/blog: the project the application bundles.
QString sampleProjectDir();

// ../shared/conformance: the cases real Ecto produced, and their projects.
QString conformanceDir();

// tests/data, or a path below it.
QString testDataPath(const QString &relative = QString());

// Copies every file below `from` (hidden ones too) to the same place below `to`;
// false at the first file that cannot be copied. Tests that run migrations or write
// a database work on a copy, never on the checkout.
bool copyTree(const QString &from, const QString &to);

// Writes `content` to `path` (its folder made first), replacing what was there; false
// unless every byte was written, so a test never runs on half a fixture.
bool writeFile(const QString &path, const QByteArray &content);

} // namespace ectowb::testsupport
