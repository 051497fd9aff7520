#pragma once

#include <QList>
#include <QtGlobal>

namespace ectowb::highlight {

// What a stretch of source is, for colouring. Both the Elixir and the SQL
// tokenizers describe code in these terms, so one highlighter serves every code view.
enum class Category : quint8 {
    Plain,
    Keyword,     // do end fn case ... / SELECT FROM WHERE ...
    Identifier,  // variables, function names, SQL names
    Function,    // a called function name (Elixir `foo(`, SQL `count(`)
    Alias,       // Elixir aliases: Blog.Post
    Atom,        // :atom, key:, true/false/nil
    String,      // strings, charlists, heredocs, SQL '...'
    QuotedName,  // SQL "quoted" identifiers
    Number,
    Comment,
    Operator,
    Punctuation,
    Attribute,   // Elixir @module_attribute
    Sigil,       // ~r/.../i
    Parameter,   // SQL $1 and ?
    Error,       // what the tokenizer could not read
};

// A coloured stretch of text, in UTF-16 offsets into the QString that was scanned.
struct Span
{
    int start = 0;
    int length = 0;
    Category category = Category::Plain;
};

using Spans = QList<Span>;

} // namespace ectowb::highlight
