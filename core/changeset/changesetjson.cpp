#include "changesetjson.h"

#include <QRegularExpression>

namespace ectowb::changeset {

namespace {

Term str(const QString &s)
{
    return Term::string(s);
}

Term keysTerm(const KeywordList &keys)
{
    std::vector<Term::Pair> pairs;
    for (const auto &[k, v] : keys)
        pairs.emplace_back(str(k), v);
    return Term::map(std::move(pairs));
}

Term errorsTerm(const Changeset &cs)
{
    std::vector<Term> out;
    for (const ChangesetError &e : cs.errors)
        out.push_back(Term::map({{str(QStringLiteral("field")), str(e.field)},
                                 {str(QStringLiteral("message")), str(e.message)},
                                 {str(QStringLiteral("keys")), keysTerm(e.keys)}}));
    return Term::list(std::move(out));
}

Term constraintsTerm(const Changeset &cs)
{
    std::vector<Term> out;
    for (const ChangesetConstraint &c : cs.constraints)
        out.push_back(Term::map({{str(QStringLiteral("type")), str(c.type)},
                                 {str(QStringLiteral("constraint")), str(c.constraint)},
                                 {str(QStringLiteral("match")), str(c.match)},
                                 {str(QStringLiteral("field")), str(c.field)},
                                 {str(QStringLiteral("error_message")), str(c.errorMessage)},
                                 {str(QStringLiteral("error_type")), str(c.errorType)}}));
    return Term::list(std::move(out));
}

Term skippedTerm(const Changeset &cs)
{
    std::vector<Term> out;
    for (const SkippedStep &s : cs.skipped)
        out.push_back(Term::map({{str(QStringLiteral("source")), str(s.source)},
                                 {str(QStringLiteral("line")), Term::integer(s.pos.line)},
                                 {str(QStringLiteral("column")), Term::integer(s.pos.column)},
                                 {str(QStringLiteral("reason")), str(s.reason)}}));
    return Term::list(std::move(out));
}

} // namespace

QString ChangesetJson::interpolate(const ChangesetError &error)
{
    static const QRegularExpression placeholder(QStringLiteral("%\\{(\\w+)\\}"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(error.message);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += error.message.mid(last, m.capturedStart() - last);
        const QString key = m.captured(1);
        const auto found = std::find_if(error.keys.begin(), error.keys.end(), [&](const auto &p) { return p.first == key; });
        // The docs' example falls back to the key's name when the option is absent.
        out += found != error.keys.end() ? found->second.toElixirString() : key;
        last = m.capturedEnd();
    }
    return out + error.message.mid(last);
}

std::vector<std::pair<QString, QStringList>> ChangesetJson::messages(const Changeset &changeset)
{
    std::vector<std::pair<QString, QStringList>> out;
    for (const ChangesetError &e : changeset.errors) {
        auto it = std::find_if(out.begin(), out.end(), [&](const auto &p) { return p.first == e.field; });
        if (it == out.end()) {
            out.emplace_back(e.field, QStringList());
            it = out.end() - 1;
        }
        it->second << interpolate(e);
    }
    return out;
}

Term ChangesetJson::describe(const Changeset &cs)
{
    std::vector<Term::Pair> changes;
    for (const auto &[k, v] : cs.changes)
        changes.emplace_back(str(k), v);
    std::vector<Term::Pair> messages;
    for (const auto &[field, list] : ChangesetJson::messages(cs)) {
        std::vector<Term> texts;
        for (const QString &m : list)
            texts.push_back(str(m));
        messages.emplace_back(str(field), Term::list(std::move(texts)));
    }
    std::vector<Term> required;
    for (const QString &r : cs.required)
        required.push_back(str(r));
    std::vector<Term> validations;
    for (const auto &[field, name] : cs.validations)
        validations.push_back(Term::list({str(field), str(name)}));
    std::vector<Term::Pair> out = {
        {str(QStringLiteral("valid")), Term::boolean(cs.valid)},
        {str(QStringLiteral("changes")), Term::map(std::move(changes))},
        {str(QStringLiteral("errors")), errorsTerm(cs)},
        {str(QStringLiteral("messages")), Term::map(std::move(messages))},
        {str(QStringLiteral("required")), Term::list(std::move(required))},
        {str(QStringLiteral("validations")), Term::list(std::move(validations))},
        {str(QStringLiteral("constraints")), constraintsTerm(cs)},
    };
    if (!cs.skipped.empty())
        out.emplace_back(str(QStringLiteral("not_evaluated")), skippedTerm(cs));
    return Term::map(std::move(out));
}

} // namespace ectowb::changeset
