#pragma once

#include "result.h"

#include "interpreter/value.h"

#include <QString>

#include <vector>

namespace ectowb::migration {

// Small helpers over interpreter values shared by the Ecto.Migration host
// functions: Keyword's functions as Ecto uses them, struct!/2, and the errors
// Elixir raises, worded as Elixir words them.
class MigrationValues
{
public:
    using Value = interpreter::Value;
    using Args = std::vector<Value>;

    static Value atom(const char *name);
    static Value ok();
    static Error argumentError(const QString &message);
    static Error noClause(const QString &function, const Args &args);
    // Keyword.get/3: the first entry wins.
    static Value keywordGet(const Value &keyword, const QString &key, const Value &fallback = Value());
    static bool keywordHas(const Value &keyword, const QString &key);
    static Value keywordDelete(const Value &keyword, const QString &key);
    // struct!/2 over a struct with its defaults: an unknown key raises KeyError.
    static Result<Value> structBang(Value base, const Value &opts);
    // The options argument at `index`, [] when the call left it out.
    static Value optsAt(const Args &args, size_t index);
    // Atom.to_string/1 of a table name given as an atom.
    static Value nameAsString(const Value &name);
};

} // namespace ectowb::migration
