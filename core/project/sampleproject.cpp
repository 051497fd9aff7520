#include "sampleproject.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace ectowb::project {

QString SampleProject::folder()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    const QString candidates[] = {
        appDir % u"/../share/ecto-workbench/sample/blog",
        appDir % u"/sample/blog",
        QStringLiteral(ECTOWB_SAMPLE_DIR),
    };
    for (const QString &candidate : candidates) {
        if (QFileInfo::exists(candidate % u"/mix.exs"))
            return QDir::cleanPath(QFileInfo(candidate).absoluteFilePath());
    }
    return {};
}

bool SampleProject::isSample(const QString &folder)
{
    const QString sample = SampleProject::folder();
    return !sample.isEmpty() && QFileInfo(folder).canonicalFilePath() == QFileInfo(sample).canonicalFilePath();
}

QString SampleProject::databasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) % u"/ecto-workbench/blog_dev.db";
}

bool SampleProject::ensureDataFolder()
{
    return QDir().mkpath(QFileInfo(databasePath()).absolutePath());
}

} // namespace ectowb::project
