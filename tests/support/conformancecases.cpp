#include "conformancecases.h"

#include "project/projectloader.h"
#include "value/termjson.h"

#include <QFile>

namespace ectowb::testsupport {

std::optional<QList<QByteArray>> readJsonLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QList<QByteArray> lines;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty())
            lines.append(line);
    }
    return lines;
}

std::optional<QHash<QString, QString>> readKnownFailures(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    QHash<QString, QString> out;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        out.insert(line.section(u' ', 0, 0), line.section(u' ', 1).trimmed());
    }
    return out;
}

Result<project::Project> loadProject(const QString &root)
{
    if (!QFile::exists(root + QStringLiteral("/mix.exs")))
        return Error{QStringLiteral("no mix.exs in ") + root};
    project::Project project = project::ProjectLoader::load(root);
    if (!project.errors.isEmpty())
        return Error{QStringLiteral("%1 file(s) of %2 do not parse, the first: %3")
                         .arg(project.errors.size())
                         .arg(root, project.errors.first().toString())};
    return Result<project::Project>(std::move(project));
}

value::Term field(const value::Term &object, const char *key)
{
    return object.get(QString::fromLatin1(key)).value_or(value::Term::nil());
}

QStringList keysInOrder(const value::Term &object)
{
    QStringList out;
    for (const auto &[key, value] : object.pairs())
        out << key.text();
    return out;
}

QString termJson(const value::Term &term)
{
    return QString::fromUtf8(value::TermJson::write(term));
}

} // namespace ectowb::testsupport
