#include "queryhistory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace ectowb::runner {

namespace {

constexpr int FormatVersion = 1;

QJsonObject toJson(const HistoryEntry &entry)
{
    QJsonObject object{{QStringLiteral("source"), entry.source},
                       {QStringLiteral("dialect"), db::dialectName(entry.dialect)},
                       {QStringLiteral("time"), entry.time.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("ok"), entry.ok},
                       {QStringLiteral("rows"), entry.rows}};
    if (!entry.sql.isEmpty())
        object.insert(QStringLiteral("sql"), entry.sql);
    if (!entry.error.isEmpty())
        object.insert(QStringLiteral("error"), entry.error);
    if (!entry.database.isEmpty())
        object.insert(QStringLiteral("database"), entry.database);
    return object;
}

std::optional<HistoryEntry> fromJson(const QJsonObject &object)
{
    HistoryEntry entry;
    entry.source = object.value(u"source").toString();
    entry.sql = object.value(u"sql").toString();
    const std::optional<db::Dialect> dialect = db::dialectNamed(object.value(u"dialect").toString());
    if (!dialect)
        return std::nullopt;
    entry.dialect = *dialect;
    entry.time = QDateTime::fromString(object.value(u"time").toString(), Qt::ISODateWithMs).toUTC();
    if (!entry.time.isValid())
        return std::nullopt;
    entry.ok = object.value(u"ok").toBool(true);
    entry.error = object.value(u"error").toString();
    entry.rows = object.value(u"rows").toInteger(-1);
    entry.database = object.value(u"database").toString(); // absent in older files
    return entry;
}

} // namespace

QueryHistory::QueryHistory(QString path, int capacity)
    : m_path(std::move(path))
    , m_capacity(qMax(1, capacity))
{
}

Result<bool> QueryHistory::load()
{
    m_entries.clear();
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot read the query history %1: %2").arg(m_path, file.errorString())};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error{QStringLiteral("the query history %1 is not valid: %2").arg(m_path, error.errorString())};
    const QJsonObject root = document.object();
    if (root.value(u"version").toInt() != FormatVersion)
        return Error{QStringLiteral("the query history %1 has an unknown version").arg(m_path)};
    // An entry we cannot read is skipped: one bad line never loses the others.
    for (const QJsonValue &value : root.value(u"entries").toArray()) {
        if (auto entry = fromJson(value.toObject()))
            m_entries.append(*entry);
        if (m_entries.size() >= m_capacity)
            break;
    }
    return true;
}

Result<bool> QueryHistory::save() const
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error{QStringLiteral("cannot create the folder of %1").arg(m_path)};
    QJsonArray entries;
    for (const HistoryEntry &entry : m_entries)
        entries.append(toJson(entry));
    const QJsonObject root{{QStringLiteral("version"), FormatVersion}, {QStringLiteral("entries"), entries}};
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("cannot write the query history %1: %2").arg(m_path, file.errorString())};
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error{QStringLiteral("cannot write the query history %1: %2").arg(m_path, file.errorString())};
    return true;
}

void QueryHistory::add(const HistoryEntry &entry)
{
    m_entries.prepend(entry);
    while (m_entries.size() > m_capacity)
        m_entries.removeLast();
}

Result<bool> QueryHistory::record(const HistoryEntry &entry)
{
    add(entry);
    return save();
}

} // namespace ectowb::runner
