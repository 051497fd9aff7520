#include "changesetinspect.h"

#include "termvalue.h"

#include <QRegularExpression>

#include <algorithm>

namespace ectowb::changeset {

namespace {

constexpr int Width = 80;

QString inspectTerm(const Term &t)
{
    return TermValue::toValue(t).inspect();
}

// `name:` as a keyword key: quoted when the atom needs it ("my-field": ...).
QString keywordKey(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-zA-Z0-9_]*[?!]?$"));
    if (plain.match(name).hasMatch())
        return name + QStringLiteral(": ");
    return inspectTerm(Term::string(name)) + QStringLiteral(": ");
}

QString keywords(const KeywordList &keys)
{
    QStringList parts;
    for (const auto &[k, v] : keys)
        parts << keywordKey(k) + inspectTerm(v);
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QString errorEntry(const ChangesetError &e)
{
    return keywordKey(e.field) + QStringLiteral("{") + inspectTerm(Term::string(e.message)) + QStringLiteral(", ")
           + keywords(e.keys) + QStringLiteral("}");
}

// Inspect.Algebra's container_doc: one line when it fits (with what precedes it on
// its line, `used`, and the comma after it), else one entry a line.
QString container(const QString &open, const QStringList &entries, const QString &close, int indent, int used = 0)
{
    const QString flat = open + entries.join(QStringLiteral(", ")) + close;
    if (flat.size() + used <= Width || entries.isEmpty())
        return flat;
    const QString pad(indent + 2, QLatin1Char(' '));
    return open + QLatin1Char('\n') + pad + entries.join(QStringLiteral(",\n") + pad) + QLatin1Char('\n')
           + QString(indent, QLatin1Char(' ')) + close;
}

// The flex layout Inspect.Algebra uses when every entry is plain text: as many
// entries a line as fit, continuation lines nested by one space.
QString flexContainer(const QString &open, const QStringList &entries, const QString &close)
{
    QStringList lines;
    QString line = open;
    for (int i = 0; i < entries.size(); ++i) {
        const QString piece = entries[i] + (i + 1 < entries.size() ? QStringLiteral(",") : close);
        if (i == 0) {
            line += piece;
        } else if (line.size() + 1 + piece.size() <= Width) {
            line += QLatin1Char(' ') + piece;
        } else {
            lines << line;
            line = QLatin1Char(' ') + piece;
        }
    }
    lines << line;
    return lines.join(QLatin1Char('\n'));
}

QString changesText(const Changeset &cs, int indent, int used)
{
    // Small maps print sorted by key, as the BEAM keeps them.
    std::vector<std::pair<QString, Term>> sorted = cs.changes;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList parts;
    for (const auto &[name, value] : sorted) {
        const schema::Field *f = cs.schema ? cs.schema->field(name) : nullptr;
        parts << keywordKey(name) + (f && f->redact ? QStringLiteral("\"**redacted**\"") : inspectTerm(value));
    }
    return container(QStringLiteral("%{"), parts, QStringLiteral("}"), indent, used);
}

QString errorsText(const Changeset &cs, int indent, int used)
{
    QStringList parts;
    for (const ChangesetError &e : cs.errors)
        parts << errorEntry(e);
    return container(QStringLiteral("["), parts, QStringLiteral("]"), indent, used);
}

} // namespace

QString ChangesetInspect::traverseErrors(const std::vector<std::pair<QString, QStringList>> &messages)
{
    std::vector<std::pair<QString, QStringList>> sorted = messages;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList entries;
    for (const auto &[field, list] : sorted) {
        QStringList texts;
        for (const QString &m : list)
            texts << inspectTerm(Term::string(m));
        // Inner lists break on their own when they do not fit either.
        entries << keywordKey(field) + container(QStringLiteral("["), texts, QStringLiteral("]"), 2, 2 + keywordKey(field).size() + 1);
    }
    return container(QStringLiteral("%{"), entries, QStringLiteral("}"), 0);
}

QString ChangesetInspect::value(const Term &value)
{
    return inspectTerm(value);
}

QString ChangesetInspect::changes(const Changeset &cs)
{
    return changesText(cs, 0, 0);
}

QString ChangesetInspect::errors(const Changeset &cs)
{
    return errorsText(cs, 0, 0);
}

QString ChangesetInspect::inspect(const Changeset &cs)
{
    const QString module = cs.schema ? cs.schema->module : QString();
    // Entries broken over lines sit at an indent of 2 and end with a comma.
    const QStringList entries = {
        QStringLiteral("action: ") + (cs.action.isEmpty() ? QStringLiteral("nil") : QLatin1Char(':') + cs.action),
        QStringLiteral("changes: ") + changesText(cs, 2, 2 + 9 + 1),
        QStringLiteral("errors: ") + errorsText(cs, 2, 2 + 8 + 1),
        QStringLiteral("data: #") + module + QStringLiteral("<>"),
        QStringLiteral("valid?: ") + (cs.valid ? QStringLiteral("true") : QStringLiteral("false")),
        QStringLiteral("..."),
    };
    if (cs.changes.empty() && cs.errors.empty())
        return flexContainer(QStringLiteral("#Ecto.Changeset<"), entries, QStringLiteral(">"));
    return container(QStringLiteral("#Ecto.Changeset<"), entries, QStringLiteral(">"), 0);
}

} // namespace ectowb::changeset
