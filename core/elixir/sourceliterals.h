#pragma once

#include <QByteArray>
#include <QString>

namespace ectowb::elixir {

// How SourcePrinter spells literals so that Elixir reads them back unchanged:
// atoms, keyword keys, identifiers, strings with escapes, floats, sigil bodies.
class SourceLiterals
{
public:
    // `foo`, `valid?`, `héllo`: a name usable bare as a variable, call or key.
    static bool isIdentifier(QStringView name);
    // An operator atom that Elixir writes without quotes (`:+`, `:|>`, `:%{}`).
    static bool isBareOperatorAtom(QStringView name);
    // `:ok`, `:"foo bar"`, `:+`, `true`, `nil`.
    static QString atom(const QString &name);
    // `name: ` or `"quoted key": ` (with the trailing space).
    static QString keywordKey(const QString &name);
    // A remote call name after the dot: `fun`, `+`, `"with space"`.
    static QString remoteName(const QString &name);

    // The inside of a quoted literal delimited by `quote` (" or '): escapes the
    // delimiter, backslashes, `#{`, control characters and invalid UTF-8 bytes.
    static QString escaped(const QByteArray &bytes, char quote);
    static QString quoted(const QByteArray &bytes, char quote = '"');
    // A heredoc body (after `"""\n`), every line prefixed with `indent` spaces;
    // empty when the text is not suitable for a heredoc.
    static QString heredocBody(const QByteArray &bytes, int indent);

    // Shortest text that reads back as the same double: `1.0e10`, `0.1`.
    static QString floating(double value);

    // Sigil delimiters: picks a pair whose closing character does not occur in
    // `body`; false when none fits (the caller then prints a plain call).
    static bool pickSigilDelimiters(QChar letter, const QString &body, QString *open, QString *close);
};

} // namespace ectowb::elixir
