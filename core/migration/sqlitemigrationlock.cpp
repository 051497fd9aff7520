#include "sqlitemigrationlock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace ectowb::migration {

SqliteMigrationLock::SqliteMigrationLock(const QString &databasePath)
    : m_path(databasePath == QLatin1String(":memory:") || databasePath.isEmpty() ? QString() : lockPathFor(databasePath))
{
}

SqliteMigrationLock::~SqliteMigrationLock()
{
    release();
    if (m_fd >= 0)
        ::close(m_fd);
}

QString SqliteMigrationLock::lockPathFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral("-migration-lock");
}

QString SqliteMigrationLock::holderText() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("another migrator");
    const QString pid = QString::fromUtf8(file.readAll()).trimmed();
    return pid.isEmpty() ? QStringLiteral("another migrator") : QStringLiteral("process %1").arg(pid);
}

Result<bool> SqliteMigrationLock::acquire(const Wait &wait)
{
    if (m_path.isEmpty() || m_held)
        return true;
    if (m_fd < 0) {
        m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (m_fd < 0)
            return Error{QStringLiteral("could not open the migration lock %1: %2").arg(m_path, QString::fromLocal8Bit(strerror(errno)))};
    }
    QElapsedTimer clock;
    clock.start();
    bool reported = false;
    while (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        if (errno != EWOULDBLOCK && errno != EINTR)
            return Error{QStringLiteral("could not take the migration lock %1: %2").arg(m_path, QString::fromLocal8Bit(strerror(errno)))};
        if (wait.cancel && wait.cancel->load())
            return Error{QStringLiteral("cancelled while waiting for the migration lock %1").arg(m_path)};
        if (!reported && clock.elapsed() >= wait.reportAfterMs) {
            reported = true;
            if (wait.waiting)
                wait.waiting(QStringLiteral("waiting for the SQLite migration lock %1, held by %2").arg(m_path, holderText()));
        }
        if (wait.timeoutMs > 0 && clock.elapsed() >= wait.timeoutMs)
            return Error{QStringLiteral("lock timeout: the SQLite migration lock %1 was still held by %2 after %3 ms; nothing was run")
                             .arg(m_path, holderText())
                             .arg(wait.timeoutMs)};
        QThread::msleep(20);
    }
    m_held = true;
    const QByteArray pid = QByteArray::number(QCoreApplication::applicationPid()) + '\n';
    if (::ftruncate(m_fd, 0) == 0)
        (void)!::pwrite(m_fd, pid.constData(), size_t(pid.size()), 0);
    return true;
}

void SqliteMigrationLock::release()
{
    if (!m_held)
        return;
    ::flock(m_fd, LOCK_UN);
    m_held = false;
}

} // namespace ectowb::migration
