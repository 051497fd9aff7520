#include "changesetinspect.h"

#include "value/termvalue.h"

#include <QRegularExpression>

#include <algorithm>

namespace ectowb::changeset {

using value::Term;
using value::TermValue;

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

QString inspectChangeset(const Changeset &cs, int indent, int used);

// A change as IEx shows it: a child changeset (cast_embed, cast_assoc) nested as
// #Ecto.Changeset<...>, an embeds_many as a list of them.
QString changeText(const Term &value, int indent, int used)
{
    if (value.isChangeset())
        return inspectChangeset(value.changesetValue(), indent, used);
    if (value.isList() && !value.elements().empty() && value.elements().front().isChangeset()) {
        QStringList items;
        for (const Term &e : value.elements())
            items << (e.isChangeset() ? inspectChangeset(e.changesetValue(), indent + 2, indent + 2) : inspectTerm(e));
        return container(QStringLiteral("["), items, QStringLiteral("]"), indent, used);
    }
    return inspectTerm(value);
}

QString changesText(const Changeset &cs, int indent, int used)
{
    // Small maps print sorted by key, as the BEAM keeps them.
    std::vector<std::pair<QString, Term>> sorted = cs.changes;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList parts;
    for (const auto &[name, value] : sorted) {
        const schema::Field *f = cs.schema ? cs.schema->field(name) : nullptr;
        const QString key = keywordKey(name);
        parts << key
                     + (f && f->redact ? QStringLiteral("\"**redacted**\"")
                                       : changeText(value, indent + 2, indent + 2 + int(key.size())));
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

QString inspectChangeset(const Changeset &cs, int indent, int used)
{
    const QString module = cs.schema ? cs.schema->module : QString();
    // Entries broken over lines sit two further in and end with a comma.
    const int inner = indent + 2;
    const QStringList entries = {
        QStringLiteral("action: ") + (cs.action.isEmpty() ? QStringLiteral("nil") : QLatin1Char(':') + cs.action),
        QStringLiteral("changes: ") + changesText(cs, inner, inner + 9 + 1),
        QStringLiteral("errors: ") + errorsText(cs, inner, inner + 8 + 1),
        QStringLiteral("data: #") + module + QStringLiteral("<>"),
        QStringLiteral("valid?: ") + (cs.valid ? QStringLiteral("true") : QStringLiteral("false")),
        QStringLiteral("..."),
    };
    if (indent == 0 && cs.changes.empty() && cs.errors.empty())
        return flexContainer(QStringLiteral("#Ecto.Changeset<"), entries, QStringLiteral(">"));
    return container(QStringLiteral("#Ecto.Changeset<"), entries, QStringLiteral(">"), indent, used);
}

// traverse_errors/2's nested result: %{field: [...]}, children as maps or lists of maps.
QString messagesText(const Term &messages, int indent, int used)
{
    if (messages.isList() && std::all_of(messages.elements().begin(), messages.elements().end(),
                                         [](const Term &t) { return t.isString(); })) {
        QStringList texts;
        for (const Term &m : messages.elements())
            texts << inspectTerm(m);
        return container(QStringLiteral("["), texts, QStringLiteral("]"), indent, used);
    }
    if (messages.isList()) {
        QStringList items;
        for (const Term &child : messages.elements())
            items << messagesText(child, indent + 2, indent + 2);
        return container(QStringLiteral("["), items, QStringLiteral("]"), indent, used);
    }
    std::vector<Term::Pair> sorted = messages.pairs();
    std::sort(sorted.begin(), sorted.end(), [](const Term::Pair &a, const Term::Pair &b) { return a.first.text() < b.first.text(); });
    QStringList entries;
    for (const auto &[field, value] : sorted) {
        const QString key = keywordKey(field.text());
        entries << key + messagesText(value, indent + 2, indent + 2 + int(key.size()) + 1);
    }
    return container(QStringLiteral("%{"), entries, QStringLiteral("}"), indent, used);
}

} // namespace

QString ChangesetInspect::nestedErrors(const Term &messages)
{
    return messagesText(messages, 0, 0);
}

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
    return inspectChangeset(cs, 0, 0);
}

} // namespace ectowb::changeset
