#pragma once

// Private to the Ast implementation (ast.cpp, astdocument.cpp, astatomtable.cpp):
// the rest of the code sees nodes only through Ast.
#include "ast.h"

#include <atomic>

namespace ectowb::elixir {

struct AstDocument;

struct AstNode
{
    AstDocument *document = nullptr;
    Ast::Kind kind = Ast::Kind::Invalid;
    bool argsIsList = true;
    bool big = false;
    quint32 childCount = 0;
    SourcePos pos;
    union {
        qint64 integer = 0;
        double real;
    };
    QString name;       // atom name, or variable context atom
    QByteArray bytes;   // binary contents, big integer digits, a long interned atom's key
    Ast form;           // Call form
    Ast *children = nullptr; // list/tuple elements, or call args: in the document

    AstSpan childSpan() const { return AstSpan(children, childCount); }
    // Copies (or moves) `from` into a new array in this node's document.
    void setChildren(AstSpan from);
    void setChildren(std::vector<Ast> &&from);
    ~AstNode();

    // A child stored in a node of the same document (or of the atom pool the
    // document pins) gives up its reference, so that a document's own nodes never
    // keep it alive. Called once the new node has its own handle.
    void adopt(Ast &child);
    void adoptAll();
};

// What this thread is building: the document of the open AstBuildScope and the
// atom pool that document pins. Their counts are kept in plain integers while
// they are built here (an atomic operation per handle copy was a quarter of the
// reader's time); see AstDocument::localRefs.
struct AstBuildState
{
    AstDocument *building = nullptr;
    AstDocument *pool = nullptr;
};
extern thread_local constinit AstBuildState t_astBuild;

// Owns the nodes of one parse, of one thread's atom pool, or of one stand-alone
// node. A document dies when the handles that point into it are gone.
struct AstDocument
{
    struct Chunk;
    struct Block;

    // Handles outside the document's own nodes, plus an open build scope, plus
    // the documents that pin this one (an atom pool).
    std::atomic<qint64> refs{0};
    // Changes to the count made on the building thread while this document is
    // t_astBuild's; added to `refs` when the scope ends. Handles counted here must
    // not cross threads before then (the reader hands out its tree only after).
    qint64 localRefs = 0;
    AstDocument *pinned = nullptr; // an atom pool this document holds a count on
    Chunk *chunks = nullptr;       // newest first
    Block *blocks = nullptr;       // arrays of children, newest first
    char *blockFree = nullptr;     // the unused rest of `blocks`
    char *blockEnd = nullptr;

    static AstDocument *create(int capacity);
    AstNode *allocate();
    // Room for `nodes` more nodes in one block, for an atom pool about to take
    // many: one block from HugePageMemory instead of a chain of small ones.
    void reserve(int nodes);
    // Uninitialised room for `count` handles, freed with the document.
    Ast *allocateHandles(size_t count)
    {
        const size_t bytes = count * sizeof(Ast);
        if (size_t(blockEnd - blockFree) < bytes)
            return allocateHandlesSlow(count);
        Ast *result = reinterpret_cast<Ast *>(blockFree);
        blockFree += bytes;
        return result;
    }
    Ast *allocateHandlesSlow(size_t count);

    bool countsLocally() const { return this == t_astBuild.building || this == t_astBuild.pool; }
    void ref()
    {
        if (countsLocally())
            ++localRefs;
        else
            refs.fetch_add(1, std::memory_order_relaxed);
    }
    void deref()
    {
        if (countsLocally())
            --localRefs; // the scope (or the pin) keeps the document alive meanwhile
        else if (refs.fetch_sub(1, std::memory_order_acq_rel) == 1)
            destroy();
    }
    // Drops a count that a handle gave up to a node which keeps this document
    // alive on its own: never the last one.
    void release()
    {
        if (countsLocally())
            --localRefs;
        else
            refs.fetch_sub(1, std::memory_order_relaxed);
    }
    void flushLocalRefs()
    {
        if (localRefs != 0) {
            refs.fetch_add(localRefs, std::memory_order_relaxed);
            localRefs = 0;
        }
    }
    // Pins an atom pool while this document is being built on this thread.
    void pin(AstDocument *pool);
    void destroy();
};

// Inline: every factory calls these for each child.
inline void AstNode::adopt(Ast &child)
{
    if (!child.m_bits || child.isInternal())
        return;
    AstDocument *owner = child.node()->document;
    if (owner == document || (owner == document->pinned && owner)) {
        child.m_bits |= 1;
        owner->release();
    }
}

inline void AstNode::adoptAll()
{
    adopt(form);
    for (quint32 i = 0; i < childCount; ++i)
        adopt(children[i]);
}

// A node in the document being built on this thread, or in a new one of its own.
AstNode *newAstNode(Ast::Kind kind);

} // namespace ectowb::elixir
