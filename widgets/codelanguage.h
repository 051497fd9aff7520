#pragma once

#include <QString>

namespace ectowb::widgets {

// The languages a code view colours. Plain text gets no highlighter.
enum class CodeLanguage { Plain, Elixir, Sql };

// The language of a file by its name: .ex/.exs/mix.lock are Elixir, .sql is SQL.
CodeLanguage languageForFile(const QString &fileName);

} // namespace ectowb::widgets
