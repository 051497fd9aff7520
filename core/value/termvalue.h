#pragma once

#include "common/result.h"
#include "interpreter/value.h"
#include "value/term.h"

namespace ectowb::value {

// Moves values between the changeset core and the interpreter: Decimals, dates and
// times become the structs Elixir has for them (%Decimal{}, %Date{}...), regexes
// %Regex{}. Functions and host values have no Term form.
class TermValue
{
public:
    static interpreter::Value toValue(const Term &term);
    static Result<Term> fromValue(const interpreter::Value &value);
};

} // namespace ectowb::value
