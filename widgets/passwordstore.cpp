#include "passwordstore.h"

#ifdef ECTOWB_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace ectowb::widgets {

namespace {
#ifdef ECTOWB_HAVE_QTKEYCHAIN
const QString &service()
{
    static const QString name = QStringLiteral("ecto-workbench");
    return name;
}
#endif
} // namespace

PasswordStore::PasswordStore(QObject *parent)
    : QObject(parent)
{
}

bool PasswordStore::isCompiledIn()
{
#ifdef ECTOWB_HAVE_QTKEYCHAIN
    return true;
#else
    return false;
#endif
}

void PasswordStore::read(const QString &key, std::function<void(const QString &, bool)> done)
{
#ifdef ECTOWB_HAVE_QTKEYCHAIN
    auto *job = new QKeychain::ReadPasswordJob(service(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        const bool ok = job->error() == QKeychain::NoError;
        done(ok ? job->textData() : QString(), ok);
    });
    job->start();
#else
    Q_UNUSED(key)
    done(QString(), false);
#endif
}

void PasswordStore::write(const QString &key, const QString &password, std::function<void(bool, const QString &)> done)
{
#ifdef ECTOWB_HAVE_QTKEYCHAIN
    auto *job = new QKeychain::WritePasswordJob(service(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        done(job->error() == QKeychain::NoError, job->errorString());
    });
    job->start();
#else
    Q_UNUSED(key)
    Q_UNUSED(password)
    done(false, tr("This build has no keychain support."));
#endif
}

void PasswordStore::remove(const QString &key)
{
#ifdef ECTOWB_HAVE_QTKEYCHAIN
    auto *job = new QKeychain::DeletePasswordJob(service(), this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->start();
#else
    Q_UNUSED(key)
#endif
}

} // namespace ectowb::widgets
