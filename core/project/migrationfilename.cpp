#include "migrationfilename.h"

#include <limits>

namespace ectowb::project {

MigrationFileName MigrationFileName::parse(const QString &fileName)
{
    MigrationFileName out;
    // Path.rootname/1: without the last extension.
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    const QString root = dot > 0 ? fileName.left(dot) : fileName;
    qsizetype i = 0;
    bool negative = false;
    if (i < root.size() && (root.at(i) == u'+' || root.at(i) == u'-')) {
        negative = root.at(i) == u'-';
        ++i;
    }
    const qsizetype digitsStart = i;
    while (i < root.size() && root.at(i) >= u'0' && root.at(i) <= u'9')
        ++i;
    if (i == digitsStart || i >= root.size() || root.at(i) != u'_')
        return out; // {integer, "_" <> name} does not match: not a migration
    out.isMigration = true;
    out.name = root.mid(i + 1);
    const QString digits = root.mid(digitsStart, i - digitsStart);
    bool ok = false;
    const qint64 magnitude = digits.toLongLong(&ok);
    if (!ok) {
        out.error = QStringLiteral("migration file %1: its version %2%3 does not fit in schema_migrations' bigint "
                                   "(at most %4), so Ecto could not record it")
                        .arg(fileName, negative ? QStringLiteral("-") : QString(), digits)
                        .arg(std::numeric_limits<qint64>::max());
        return out;
    }
    out.version = negative ? -magnitude : magnitude;
    return out;
}

} // namespace ectowb::project
