#pragma once

#include "ast.h"
#include "syntaxerror.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ectowb::elixir {

// What reading one piece of Elixir source gave: the quoted form, or an error.
struct ParseResult
{
    Ast ast;
    std::optional<SyntaxError> error;

    bool isValid() const { return !error.has_value(); }
};

// The Elixir reader: source in, the quoted form of Code.string_to_quoted/2 out.
class Reader
{
public:
    static ParseResult parse(const QByteArray &utf8, const QString &file = {});
    static ParseResult parseFile(const QString &path);
};

} // namespace ectowb::elixir
