#include "throwawaypostgres.h"

#include "db/databaseurl.h"

#include <QRandomGenerator>
#include <QTest>
#include <QUrl>

namespace ectowb::testsupport {

bool ThrowawayPostgres::configured()
{
    return qEnvironmentVariableIsSet("PGHOST");
}

Result<db::ConnectionSettings> ThrowawayPostgres::serverFromEnvironment()
{
    return db::DatabaseUrl::parse(QString());
}

void ThrowawayPostgres::connectFromEnvironment()
{
    const auto server = serverFromEnvironment();
    QVERIFY2(server, qPrintable(server.error()));
    m_server = *server;
    auto admin = db::Connection::open(m_server);
    QVERIFY2(admin, qPrintable(admin.error()));
    m_admin = *admin;
}

db::ConnectionSettings ThrowawayPostgres::createDatabase(const QString &prefix, QString *error)
{
    const QString name = QStringLiteral("%1_%2").arg(prefix).arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    QString problem;
    if (!m_admin)
        problem = QStringLiteral("not connected to a PostgreSQL server");
    else if (const auto created = m_admin->exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name)); !created)
        problem = created.error();
    if (problem.isEmpty())
        m_databases << name;
    else
        qWarning("CREATE DATABASE %s failed: %s", qPrintable(name), qPrintable(problem));
    if (error)
        *error = problem;
    db::ConnectionSettings settings = m_server;
    settings.database = name;
    return settings;
}

void ThrowawayPostgres::dropAll()
{
    for (const QString &name : std::as_const(m_databases))
        m_admin->exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name));
    m_databases.clear();
}

QString ThrowawayPostgres::urlOf(const db::ConnectionSettings &s)
{
    const auto enc = [](const QString &t) { return QString::fromLatin1(QUrl::toPercentEncoding(t)); };
    return QStringLiteral("postgres://%1:%2@%3:%4/%5")
        .arg(enc(s.username), enc(s.password), s.hostname)
        .arg(s.port > 0 ? s.port : 5432)
        .arg(s.database);
}

} // namespace ectowb::testsupport
