#include "sql/sqlhighlighting.h"

#include "sql/sqltokenizer.h"

namespace ectowb::sql {

namespace {

highlight::Category categoryOf(SqlTokenKind kind)
{
    using highlight::Category;
    switch (kind) {
    case SqlTokenKind::Keyword: return Category::Keyword;
    case SqlTokenKind::Identifier: return Category::Identifier;
    case SqlTokenKind::QuotedName: return Category::QuotedName;
    case SqlTokenKind::String: return Category::String;
    case SqlTokenKind::Number: return Category::Number;
    case SqlTokenKind::Parameter: return Category::Parameter;
    case SqlTokenKind::Comment: return Category::Comment;
    case SqlTokenKind::Operator: return Category::Operator;
    case SqlTokenKind::Punctuation: return Category::Punctuation;
    case SqlTokenKind::Error: return Category::Error;
    }
    return Category::Plain;
}

// A name right before `(` is a function call: count(*), lower("title").
bool isCall(const SqlTokens &tokens, qsizetype i, const QString &text)
{
    if (tokens.at(i).kind != SqlTokenKind::Identifier || i + 1 >= tokens.size())
        return false;
    const SqlToken &following = tokens.at(i + 1);
    return following.kind == SqlTokenKind::Punctuation && text.at(following.start) == u'(';
}

} // namespace

highlight::Spans SqlHighlighting::spans(const QString &text)
{
    const SqlTokens tokens = SqlTokenizer::tokenize(text);
    highlight::Spans result;
    result.reserve(tokens.size());
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const SqlToken &token = tokens.at(i);
        const highlight::Category category = isCall(tokens, i, text)
            ? highlight::Category::Function : categoryOf(token.kind);
        result.append({token.start, token.length, category});
    }
    return result;
}

} // namespace ectowb::sql
