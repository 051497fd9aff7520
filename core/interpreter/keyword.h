#pragma once

// Elixir's Keyword functions over interpreter values, written once: the Keyword
// module of the standard library, the migration host's options and Ecto.Schema's
// init/1 arguments all read and build keyword lists through these. Keys compare as
// `===` does; a value that is not a list reads as the empty keyword list.
#include "interpreter/value.h"

#include <optional>

namespace ectowb::interpreter::keyword {

// Keyword.fetch/2: the value of the first `key`, or nothing.
std::optional<Value> get(const Value &list, const Value &key);
std::optional<Value> get(const Value &list, QStringView atomKey);

// Keyword.delete/2: the list without any `key`.
Value remove(const Value &list, const Value &key);

// Keyword.put/3: `key` set to `value` at the front, every other `key` gone.
Value put(const Value &list, const Value &key, const Value &value);

// Keyword.merge/2: `left` without the keys `right` has, then `right`.
Value merge(const Value &left, const Value &right);

} // namespace ectowb::interpreter::keyword
