#include "testpaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace ectowb::testsupport {

QString sampleProjectDir()
{
    return QStringLiteral(ECTOWB_SOURCE_DIR "/resources/sample/blog");
}

QString conformanceDir()
{
    return QStringLiteral(ECTOWB_SHARED_DIR "/conformance");
}

QString testDataPath(const QString &relative)
{
    const QString root = QStringLiteral(ECTOWB_TEST_DATA);
    return relative.isEmpty() ? root : root + u'/' + relative;
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(source);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(source, target))
            return false;
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

} // namespace ectowb::testsupport
