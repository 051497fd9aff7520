#pragma once

#include "ast.h"

#include <QByteArray>
#include <QByteArrayView>


namespace ectowb::elixir {

struct AstDocument;
struct AstNode;

// Open-addressing intern table of atoms, one per thread and kept across parses:
// identifiers repeat within and across files, and a hit must cost no allocation.
// Its atoms live in one pool document, which every tree built with them pins
// once instead of counting each use.
class AstAtomTable
{
public:
    ~AstAtomTable();

    // This thread's table.
    static AstAtomTable &local();
    Ast lookup(QByteArrayView name) { return handle(intern(name)); }
    // Makes room for about `atoms` atoms at once, when many files are about to be
    // read on this thread: growing the table step by step rehashes it each time and
    // touches twice the memory.
    void reserve(size_t atoms);

    // For Tokenizer::internNames: whether up to `names` atoms can be interned
    // now with raw pointers that stay valid for the whole parse (the document
    // being built pins this table's current pool, and no reset can come first).
    bool beginBatch(size_t names);
    // The atom of `name`, without a count: valid while the pool lives.
    const AstNode *intern(QByteArrayView name) { return intern(name, keyOf(name)); }
    // The same for a run of names: their slots are fetched from memory together.
    void internAll(const QByteArrayView *names, const AstNode **atoms, size_t count);
    static Ast handle(const AstNode *atom) { return Ast(atom); }

private:
    // Short names are kept in the slot itself, so that a probe reads one cache
    // line; longer ones are compared with the atom's own bytes.
    static constexpr int InlineKey = 16;
    struct Key
    {
        quint64 words[2] = {0, 0}; // the first bytes of the name, zero-padded
        quint32 hash = 0;
    };
    struct Slot
    {
        quint32 hash = 0;
        int length = 0;
        const AstNode *atom = nullptr; // null: a free slot
        quint64 key[2] = {0, 0};       // Key::words
    };
    // A bound for long-lived threads; trees keep the pools they pin.
    static constexpr size_t MaxAtoms = 1 << 16;

    AstAtomTable();
    void reset();
    void grow(size_t slots);
    static Key keyOf(QByteArrayView name);
    const AstNode *intern(QByteArrayView name, const Key &key);
    const AstNode *insert(size_t slot, QByteArrayView name, const Key &key);

    // Power-of-two sized; from HugePageMemory, zeroed (a zero slot is free).
    Slot *m_slots = nullptr;
    size_t m_slotCount = 0;
    size_t m_slotsMapped = 0;
    size_t m_count = 0;
    AstDocument *m_pool = nullptr;
};

} // namespace ectowb::elixir
