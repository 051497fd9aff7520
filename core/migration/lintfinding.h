#pragma once

#include <QString>

#include <optional>

namespace ectowb::migration {

// How bad a finding is. Error: the migration takes a lock that stops the
// application for as long as the table is scanned or rewritten, breaks running code,
// or fails outright; `ectowb migrations lint` exits 1 while one is left.
enum class LintSeverity : quint8 { Info, Warning, Error };

// One finding of the migration reviewer, on a line of the migration's source. The
// check names of excellent_migrations are kept as they are, so a project moving from
// that library keeps its safety comments.
struct LintFinding
{
    QString file;
    int line = 0;
    QString check;
    LintSeverity severity = LintSeverity::Warning;
    QString message;
    std::optional<int> statement; // index of the `up` statement it is about
    QString lock;                 // the PostgreSQL lock mode of that statement, if any

    static QString severityName(LintSeverity severity)
    {
        switch (severity) {
        case LintSeverity::Info: return QStringLiteral("info");
        case LintSeverity::Warning: return QStringLiteral("warning");
        case LintSeverity::Error: return QStringLiteral("error");
        }
        return {};
    }
};

} // namespace ectowb::migration
