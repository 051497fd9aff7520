#include "isolatedsettings.h"

#include "project/sampleproject.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace ectowb::testsupport {

void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ectowb-tests"));
    QCoreApplication::setApplicationName(QFileInfo(QCoreApplication::applicationFilePath()).baseName());
    const QString file = QSettings().fileName();
    QVERIFY2(file.contains(u"qttest"), qPrintable(QStringLiteral("QSettings would write to ") + file));
    QSettings().clear();
}

void isolateSettingsOverTheSample()
{
    isolateSettings();
    QVERIFY2(!project::SampleProject::folder().isEmpty(), "the bundled sample project is not found");
}

} // namespace ectowb::testsupport
