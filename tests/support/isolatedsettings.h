#pragma once

// QSettings of a test's own, empty, in Qt's test location, never the user's.
#include <QString>

namespace ectowb::testsupport {

// Switches QStandardPaths to test mode, names the organization "ectowb-tests" and the
// application after the test executable (tests running in parallel never share a
// file), and clears what a previous run left. Fails the running test (initTestCase,
// usually, so that nothing else runs) when QSettings would still write outside the
// test location.
void isolateSettings();

// isolateSettings(), and the bundled sample found: how the tests of whole windows and
// of the workspace start.
void isolateSettingsOverTheSample();

} // namespace ectowb::testsupport
