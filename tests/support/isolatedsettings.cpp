#include "isolatedsettings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace ectowb::testsupport {

QString isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ectowb-tests"));
    QCoreApplication::setApplicationName(QFileInfo(QCoreApplication::applicationFilePath()).baseName());
    const QString file = QSettings().fileName();
    if (!file.contains(u"qttest"))
        return QStringLiteral("QSettings would write to ") + file;
    QSettings().clear();
    return QString();
}

} // namespace ectowb::testsupport
