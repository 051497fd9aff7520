#pragma once

#include "elixir/ast.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace ectowb::migration {

// The ways excellent_migrations lets an author mark a danger as known and safe:
//  - `# excellent_migrations:safety-assured-for-next-line CHECK [CHECK...]` covers the
//    next line; comments on consecutive lines all cover the line after the last one;
//  - `# excellent_migrations:safety-assured-for-this-file CHECK [CHECK...]`;
//  - the (deprecated) attribute `@safety_assured :all | [:check, ...]`, which covers
//    the whole file; `:all` counts only when it is the only value given.
class LintSafety
{
public:
    static LintSafety read(const QString &source, const elixir::Ast &ast);

    bool covers(const QString &check, int line) const;

private:
    void readComments(const QString &source);
    void readAttributes(const elixir::Ast &node);

    QSet<QString> m_wholeFile;
    QHash<QString, QSet<int>> m_lines; // check -> lines it is assured on
    QSet<QString> m_attributeChecks;
    bool m_attributeAll = false;
};

} // namespace ectowb::migration
