#include "changesetjson.h"

#include <QRegularExpression>

namespace ectowb::changeset {

using value::Term;

namespace {

Term str(const QString &s)
{
    return Term::string(s);
}

// A struct (a Range in `enum`, an embedded struct) as the files write it: its
// fields, without __struct__.
Term plain(const Term &value)
{
    if (value.isMap()) {
        std::vector<Term::Pair> pairs;
        for (const auto &[k, v] : value.pairs()) {
            if (!k.isAtom(u"__struct__"))
                pairs.emplace_back(k, plain(v));
        }
        return Term::map(std::move(pairs));
    }
    if (value.isList() || value.isTuple()) {
        std::vector<Term> items;
        for (const Term &e : value.elements())
            items.push_back(plain(e));
        return value.isList() ? Term::list(std::move(items)) : Term::tuple(std::move(items));
    }
    return value;
}

Term keysTerm(const KeywordList &keys)
{
    std::vector<Term::Pair> pairs;
    for (const auto &[k, v] : keys)
        pairs.emplace_back(str(k), plain(v));
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

Term changesetTerm(const Changeset &cs);

// A change as the conformance files encode it: a child changeset (cast_embed,
// cast_assoc) as {"$changeset": ...}, an embeds_many as a list of them.
Term changeValue(const Term &value)
{
    if (value.isChangeset())
        return Term::map({{str(QStringLiteral("$changeset")), changesetTerm(value.changesetValue())}});
    if (value.isList() && !value.elements().empty() && value.elements().front().isChangeset()) {
        std::vector<Term> items;
        for (const Term &e : value.elements())
            items.push_back(changeValue(e));
        return Term::list(std::move(items));
    }
    return plain(value);
}

Term changesTerm(const Changeset &cs)
{
    std::vector<Term::Pair> changes;
    for (const auto &[k, v] : cs.changes)
        changes.emplace_back(str(k), changeValue(v));
    return Term::map(std::move(changes));
}

Term changesetTerm(const Changeset &cs)
{
    return Term::map({{str(QStringLiteral("action")), cs.action.isEmpty() ? Term::nil() : str(cs.action)},
                      {str(QStringLiteral("valid")), Term::boolean(cs.valid)},
                      {str(QStringLiteral("changes")), changesTerm(cs)},
                      {str(QStringLiteral("errors")), errorsTerm(cs)}});
}

bool isChangesetList(const Term &value)
{
    return value.isList() && std::all_of(value.elements().begin(), value.elements().end(),
                                         [](const Term &t) { return t.isChangeset(); });
}

} // namespace

Term ChangesetJson::traverseErrors(const Changeset &changeset)
{
    std::vector<Term::Pair> out;
    for (const auto &[field, list] : messages(changeset)) {
        std::vector<Term> texts;
        for (const QString &m : list)
            texts.push_back(str(m));
        out.emplace_back(str(field), Term::list(std::move(texts)));
    }
    // merge_related_keys/5: a relation's own errors give way to its children's.
    auto put = [&out](const QString &field, const Term &value) {
        const Term key = str(field);
        out.erase(std::remove_if(out.begin(), out.end(), [&](const Term::Pair &p) { return p.first == key; }), out.end());
        out.emplace_back(key, value);
    };
    for (const auto &[field, value] : changeset.changes) {
        if (value.isChangeset()) {
            const Term child = traverseErrors(value.changesetValue());
            if (!child.pairs().empty())
                put(field, child);
        } else if (isChangesetList(value) && !value.elements().empty()) {
            std::vector<Term> children;
            bool allEmpty = true;
            for (const Term &e : value.elements()) {
                children.push_back(traverseErrors(e.changesetValue()));
                allEmpty = allEmpty && children.back().pairs().empty();
            }
            if (!allEmpty)
                put(field, Term::list(std::move(children)));
        }
    }
    return Term::map(std::move(out));
}

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
    std::vector<Term> required;
    for (const QString &r : cs.required)
        required.push_back(str(r));
    std::vector<Term> validations;
    for (const auto &[field, name] : cs.validations)
        validations.push_back(Term::list({str(field), str(name)}));
    std::vector<Term::Pair> out = {
        {str(QStringLiteral("valid")), Term::boolean(cs.valid)},
        {str(QStringLiteral("changes")), changesTerm(cs)},
        {str(QStringLiteral("errors")), errorsTerm(cs)},
        {str(QStringLiteral("messages")), traverseErrors(cs)},
        {str(QStringLiteral("required")), Term::list(std::move(required))},
        {str(QStringLiteral("validations")), Term::list(std::move(validations))},
        {str(QStringLiteral("constraints")), constraintsTerm(cs)},
    };
    if (!cs.skipped.empty())
        out.emplace_back(str(QStringLiteral("not_evaluated")), skippedTerm(cs));
    return Term::map(std::move(out));
}

} // namespace ectowb::changeset
