#include "lintsafety.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace ectowb::migration {

using elixir::Ast;

namespace {

const QString kNextLine = QStringLiteral("safety-assured-for-next-line");
const QString kThisFile = QStringLiteral("safety-assured-for-this-file");

// An atom, or a list of atoms (List.wrap in the library).
QStringList atomNames(const Ast &value)
{
    QStringList out;
    if (value.isAtom())
        out << value.atomName();
    else if (value.isList())
        for (const Ast &item : value.elements())
            if (item.isAtom())
                out << item.atomName();
    return out;
}

} // namespace

LintSafety LintSafety::read(const QString &source, const Ast &ast)
{
    LintSafety safety;
    safety.readComments(source);
    safety.readAttributes(ast);
    QStringList values = safety.m_attributeChecks.values();
    safety.m_attributeAll = values == QStringList{QStringLiteral("all")};
    return safety;
}

void LintSafety::readComments(const QString &source)
{
    static const QRegularExpression marker(QStringLiteral("^\\s*#\\s*excellent_migrations\\s*:\\s*(\\S+)(.*)$"));
    struct Assured
    {
        QString check;
        int line;
    };
    std::vector<Assured> nextLine;
    const QStringList lines = source.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch m = marker.match(lines.at(i));
        if (!m.hasMatch())
            continue;
        const QStringList checks = m.captured(2).trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (m.captured(1) == kThisFile) {
            for (const QString &check : checks)
                m_wholeFile.insert(check);
        } else if (m.captured(1) == kNextLine) {
            for (const QString &check : checks)
                nextLine.push_back({check, i + 1});
        }
    }
    // A run of comments on consecutive lines moves, as a whole, down to the last of
    // them, so together they cover the code line that follows the run.
    std::stable_sort(nextLine.begin(), nextLine.end(), [](const Assured &a, const Assured &b) { return a.line < b.line; });
    for (size_t i = 1; i < nextLine.size(); ++i) {
        const int previous = nextLine[i - 1].line;
        if (nextLine[i].line - 1 != previous)
            continue;
        for (size_t j = 0; j < i; ++j)
            if (nextLine[j].line == previous)
                nextLine[j].line = nextLine[i].line;
    }
    for (const Assured &a : nextLine)
        m_lines[a.check].insert(a.line + 1);
}

void LintSafety::readAttributes(const Ast &node)
{
    if (node.isCall(u"@", 1)) {
        const Ast &inner = node.args()[0];
        if (inner.isCall(u"safety_assured", 1))
            for (const QString &name : atomNames(inner.args()[0]))
                m_attributeChecks.insert(name);
    }
    if (node.isCall()) {
        readAttributes(node.callForm());
        for (const Ast &arg : node.args())
            readAttributes(arg);
    } else if (node.isList() || node.isTuple()) {
        for (const Ast &item : node.elements())
            readAttributes(item);
    }
}

bool LintSafety::covers(const QString &check, int line) const
{
    if (m_attributeAll || m_attributeChecks.contains(check) || m_wholeFile.contains(check))
        return true;
    const auto it = m_lines.constFind(check);
    return it != m_lines.constEnd() && it->contains(line);
}

} // namespace ectowb::migration
