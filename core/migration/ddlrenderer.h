#pragma once

#include "command.h"
#include "result.h"

#include <QStringList>

namespace ectowb::migration {

// One database's DDL: each command becomes the statements its Ecto adapter would
// send, in order, or the error the adapter raises. execute/1,2 strings pass through
// verbatim, flush() sends nothing, an Opaque command cannot be rendered.
class DdlRenderer
{
public:
    virtual ~DdlRenderer() = default;
    virtual QString name() const = 0;
    Result<QStringList> render(const Command &command) const;

protected:
    // The commands render() answers before a dialect's renderDdl sees them. A
    // dialect's visitor takes this in place of four empty cases, so that it still
    // names every command and a new one cannot be forgotten.
    struct RenderedBeforeDdl
    {
        QStringList operator()(const Execute &) const { return {}; }
        QStringList operator()(const DataStatement &) const { return {}; }
        QStringList operator()(const Flush &) const { return {}; }
        QStringList operator()(const Opaque &) const { return {}; }
    };

    virtual Result<QStringList> renderDdl(const Command &command) const = 0;
};

} // namespace ectowb::migration
