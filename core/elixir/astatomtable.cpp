#include "astatomtable.h"

#include "astdocument.h"
#include "hugepagememory.h"

#include <algorithm>
#include <cstring>

namespace ectowb::elixir {

namespace {

constexpr size_t InitialSlots = 1024;

quint64 mix(quint64 h)
{
    // murmur3's finalizer: the low bits that pick a slot depend on every byte
    // (an earlier hash whose low bits skipped some bytes halved the reader's speed).
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDULL;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ULL;
    h ^= h >> 33;
    return h;
}

} // namespace

namespace {

quint64 load(const char *p, size_t n)
{
    quint64 w = 0;
    std::memcpy(&w, p, n); // n is a constant at every call: no library call
    return w;
}

// Up to eight bytes of p, zero-padded, little-endian, without reading past
// p + n: overlapping loads instead of a byte loop.
quint64 loadPartial(const char *p, size_t n)
{
    if (n >= 8)
        return load(p, 8);
    if (n >= 4)
        return load(p, 4) | (load(p + n - 4, 4) << (8 * (n - 4)));
    if (n == 0)
        return 0;
    return quint64(uchar(p[0])) | (quint64(uchar(p[n / 2])) << (8 * (n / 2)))
           | (quint64(uchar(p[n - 1])) << (8 * (n - 1)));
}

} // namespace

// The first 16 bytes of a name, zero-padded, and a hash of all of it.
AstAtomTable::Key AstAtomTable::keyOf(QByteArrayView name)
{
    Key key;
    const char *p = name.data();
    const size_t n = size_t(name.size());
    key.words[0] = loadPartial(p, std::min<size_t>(n, 8));
    if (n > 8)
        key.words[1] = loadPartial(p + 8, std::min<size_t>(n - 8, 8));
    quint64 h = mix(key.words[0] ^ (n * 0x9E3779B97F4A7C15ULL)) ^ key.words[1];
    for (size_t k = InlineKey; k < n; k += 8)
        h = mix(h) ^ loadPartial(p + k, std::min<size_t>(n - k, 8));
    key.hash = quint32(mix(h));
    return key;
}

AstAtomTable::AstAtomTable()
{
    reset();
}

AstAtomTable::~AstAtomTable()
{
    m_pool->deref();
    HugePageMemory::release(m_slots, m_slotsMapped);
}

AstAtomTable &AstAtomTable::local()
{
    thread_local AstAtomTable table;
    return table;
}

void AstAtomTable::reset()
{
    if (m_pool)
        m_pool->deref();
    m_pool = AstDocument::create(256);
    m_pool->ref(); // the table's own count
    HugePageMemory::release(m_slots, m_slotsMapped);
    m_slots = static_cast<Slot *>(HugePageMemory::allocate(InitialSlots * sizeof(Slot), m_slotsMapped));
    m_slotCount = InitialSlots;
    m_count = 0;
}

bool AstAtomTable::beginBatch(size_t names)
{
    AstDocument *building = t_astBuild.building;
    if (!building || m_count + names >= MaxAtoms)
        return false;
    if (!building->pinned)
        building->pin(m_pool);
    return building->pinned == m_pool;
}

void AstAtomTable::internAll(const QByteArrayView *names, const AstNode **atoms, size_t count)
{
    constexpr size_t Group = 16;
    Key keys[Group];
    for (size_t base = 0; base < count; base += Group) {
        const size_t n = std::min(Group, count - base);
        const size_t mask = m_slotCount - 1;
        for (size_t i = 0; i < n; ++i) {
            keys[i] = keyOf(names[base + i]);
            __builtin_prefetch(&m_slots[keys[i].hash & mask]);
        }
        for (size_t i = 0; i < n; ++i) {
            atoms[base + i] = intern(names[base + i], keys[i]);
            __builtin_prefetch(atoms[base + i]); // the parser's handle reads it
        }
    }
}

const AstNode *AstAtomTable::intern(QByteArrayView name, const Key &key)
{
    AstDocument *building = t_astBuild.building;
    if (building && !building->pinned)
        building->pin(m_pool);
    const size_t mask = m_slotCount - 1;
    size_t i = key.hash & mask;
    while (const AstNode *atom = m_slots[i].atom) {
        const Slot &slot = m_slots[i];
        if (slot.hash == key.hash && slot.length == name.size() && slot.key[0] == key.words[0]
            && slot.key[1] == key.words[1]
            && (name.size() <= InlineKey
                || std::memcmp(atom->bytes.constData(), name.data(), size_t(name.size())) == 0))
            return atom;
        i = (i + 1) & mask;
    }
    if (m_count >= MaxAtoms) {
        reset();
        return intern(name, key);
    }
    return insert(i, name, key);
}

const AstNode *AstAtomTable::insert(size_t slot, QByteArrayView name, const Key &key)
{
    AstNode *atom = m_pool->allocate();
    atom->kind = Ast::Kind::Atom;
    atom->name = QString::fromUtf8(name);
    // The whole key as UTF-8, only where the slot cannot hold it: one allocation
    // fewer for most atoms, tens of thousands in a project (and a page fault for
    // each new page of them).
    if (name.size() > InlineKey)
        atom->bytes = name.toByteArray();
    m_slots[slot] = Slot{key.hash, int(name.size()), atom, {key.words[0], key.words[1]}};
    if (++m_count * 2 > m_slotCount)
        grow(m_slotCount * 2);
    return atom;
}

void AstAtomTable::reserve(size_t atoms)
{
    size_t slots = m_slotCount;
    while (std::min(atoms, MaxAtoms) * 2 > slots)
        slots *= 2;
    if (slots != m_slotCount)
        grow(slots);
    if (atoms > m_count)
        m_pool->reserve(int(std::min(atoms, MaxAtoms) - m_count));
}

void AstAtomTable::grow(size_t slots)
{
    Slot *old = m_slots;
    const size_t oldCount = m_slotCount;
    const size_t oldMapped = m_slotsMapped;
    m_slots = static_cast<Slot *>(HugePageMemory::allocate(slots * sizeof(Slot), m_slotsMapped));
    m_slotCount = slots;
    const size_t mask = m_slotCount - 1;
    for (size_t k = 0; k < oldCount; ++k) {
        const Slot &slot = old[k];
        if (!slot.atom)
            continue;
        size_t j = slot.hash & mask;
        while (m_slots[j].atom)
            j = (j + 1) & mask;
        m_slots[j] = slot;
    }
    HugePageMemory::release(old, oldMapped);
}

} // namespace ectowb::elixir
