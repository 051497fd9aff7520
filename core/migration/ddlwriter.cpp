#include "ddlwriter.h"

namespace ectowb::migration {

QString DdlWriter::name(const QString &identifier)
{
    if (identifier.contains(QLatin1Char('"')))
        fail(QStringLiteral("bad field name \"%1\" (\" is not permitted)").arg(identifier));
    return QLatin1Char('"') + identifier + QLatin1Char('"');
}

QString DdlWriter::names(const QStringList &identifiers)
{
    QStringList quoted;
    for (const QString &identifier : identifiers)
        quoted << name(identifier);
    return quoted.join(QLatin1Char(','));
}

QString DdlWriter::table(const QString &prefix, const QString &identifier)
{
    return prefix.isEmpty() ? name(identifier) : name(prefix) + QLatin1Char('.') + name(identifier);
}

QString DdlWriter::literal(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

void DdlWriter::fail(const Error &error)
{
    if (!m_error)
        m_error = error;
}

} // namespace ectowb::migration
