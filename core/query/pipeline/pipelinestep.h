#pragma once

#include <QString>

#include <optional>

namespace ectowb::query {

// One step of a query built in the composer, as a person thinks of it: "from posts",
// "left join its comments", "where published". Each part is Ecto code as text, so a
// step says exactly what the printed query will say; the form editors compose and
// decompose that text (see Condition).
struct PipelineStep
{
    enum class Kind : quint8 {
        From, Join, Where, OrWhere, Select, SelectMerge, Distinct, GroupBy, Having, OrHaving,
        OrderBy, Limit, Offset, Preload,
    };

    Kind kind = Kind::Where;
    QString binding;    // From/Join: the variable the source is bound to (`p`)
    QString source;     // From/Join: `Post`, `"posts"`, `assoc(p, :comments)`
    QString qualifier;  // Join: inner, left, right, full, cross, inner_lateral, left_lateral
    QString as;         // From/Join: a named binding, the atom without its colon
    QString expression; // the clause's expression; for a Join its `on:` (may be empty)

    // The pipe-syntax macro of the kind: "where", "or_where", "select_merge"...
    static QString macroName(Kind kind);
    static std::optional<Kind> kindOfMacro(QStringView name);
    // The binding people write for a source: `p` for Blog.Post or "posts", `c` for
    // assoc(p, :comments); empty when the source has no letter to take one from.
    static QString defaultBinding(const QString &source);
    // Whether the kind binds a source (From, Join).
    static bool bindsSource(Kind kind) { return kind == Kind::From || kind == Kind::Join; }

    bool operator==(const PipelineStep &other) const = default;
};

} // namespace ectowb::query
