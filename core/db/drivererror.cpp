#include "drivererror.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QStringList>

namespace ectowb::db {

QString DriverError::text(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    return readable(text);
}

QString DriverError::readable(const QString &message)
{
    static const QRegularExpression wrapper(QStringLiteral("PREPARE qpsqlpstmt_\\w+ AS "));
    static const QRegularExpression named(QStringLiteral("\\s*\"?qpsqlpstmt_\\w+\"?"));
    static const QRegularExpression driverNote(QStringLiteral("\\s*QPSQL: .*$"));
    QStringList lines = message.split(u'\n');
    QStringList out;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.contains(driverNote)) {
            line.remove(driverNote);
            if (line.trimmed().isEmpty())
                continue;
        }
        const QRegularExpressionMatch match = wrapper.match(line);
        if (match.hasMatch()) {
            line.remove(match.capturedStart(), match.capturedLength());
            // The caret under the statement points at a column: it moves left as much.
            if (i + 1 < lines.size()) {
                QString &caret = lines[i + 1];
                const qsizetype spaces = caret.size() - caret.trimmed().size();
                if (caret.trimmed() == u"^" && spaces >= match.capturedStart() + match.capturedLength())
                    caret.remove(0, match.capturedLength());
            }
        }
        line.replace(named, QString());
        out << line;
    }
    while (!out.isEmpty() && out.last().trimmed().isEmpty())
        out.removeLast();
    return out.join(u'\n');
}

} // namespace ectowb::db
