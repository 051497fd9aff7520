#pragma once

#include "openparameterseditor.h"

#include "value/term.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace ectowb::widgets {

// What a renderer answered for one source of the composer: the statements with their
// parameters as text, or why there are none.
struct QueryComposerRendering
{
    struct Statement
    {
        QString sql;
        QStringList params;              // as Elixir writes the values
        std::vector<value::Term> values; // what is bound when it runs
        bool writes = false;             // the query core says it changes data
    };

    QList<Statement> statements;
    QString error;
    QList<OpenParametersEditor::Parameter> open; // pins the source leaves unbound, filled or not
    QString preloads;                            // the queries Ecto runs for preload:, as SQL text

    // Every pin has a value: only then is there a statement to run.
    bool allSupplied() const
    {
        return std::all_of(open.cbegin(), open.cend(), [](const OpenParametersEditor::Parameter &p) { return p.supplied; });
    }
};

} // namespace ectowb::widgets
