#include "astdocument.h"

#include "hugepagememory.h"

#include <algorithm>
#include <cstdlib>
#include <new>

namespace ectowb::elixir {

thread_local constinit AstBuildState t_astBuild;

// A block of node slots; a document starts with one and chains more as it grows.
struct AstDocument::Chunk
{
    Chunk *next = nullptr;
    int capacity = 0;
    int used = 0;
    size_t mapped = 0; // HugePageMemory's size, for a reserved chunk
    AstNode *slots() { return reinterpret_cast<AstNode *>(this + 1); }
};

// Raw memory for arrays of children; a document chains more as it grows.
struct AstDocument::Block
{
    Block *next = nullptr;
    char *bytes() { return reinterpret_cast<char *>(this + 1); }
};

namespace {

static_assert(sizeof(AstDocument::Chunk) % alignof(AstNode) == 0);
static_assert(sizeof(AstDocument::Block) % alignof(Ast) == 0);

constexpr int MaxChunkNodes = 4096;
constexpr size_t MinBlockBytes = 1024;
constexpr size_t MaxBlockBytes = 64 * 1024;

AstDocument::Chunk *newChunk(int capacity)
{
    void *memory = std::malloc(sizeof(AstDocument::Chunk) + sizeof(AstNode) * size_t(capacity));
    if (!memory)
        std::abort(); // as operator new would, without exceptions
    return new (memory) AstDocument::Chunk{nullptr, capacity, 0, 0};
}

void freeChunk(AstDocument::Chunk *chunk)
{
    if (chunk->mapped)
        HugePageMemory::release(chunk, chunk->mapped);
    else
        std::free(chunk);
}

} // namespace

AstDocument *AstDocument::create(int capacity)
{
    auto *document = new AstDocument;
    document->chunks = newChunk(capacity);
    return document;
}

AstNode *AstDocument::allocate()
{
    if (chunks->used == chunks->capacity) {
        Chunk *more = newChunk(std::min(chunks->capacity * 2, MaxChunkNodes));
        more->next = chunks;
        chunks = more;
    }
    AstNode *node = new (chunks->slots() + chunks->used) AstNode;
    ++chunks->used;
    node->document = this;
    return node;
}

void AstDocument::reserve(int nodes)
{
    if (chunks->capacity - chunks->used >= nodes)
        return;
    size_t mapped = 0;
    void *memory = HugePageMemory::allocate(sizeof(Chunk) + sizeof(AstNode) * size_t(nodes), mapped);
    Chunk *more = new (memory) Chunk{chunks, nodes, 0, mapped};
    chunks = more;
}

Ast *AstDocument::allocateHandlesSlow(size_t count)
{
    // Blocks grow with the document: about one handle per node is needed.
    size_t size = MinBlockBytes;
    for (Chunk *c = chunks; c && size < MaxBlockBytes; c = c->next)
        size *= 2;
    size = std::max(std::min(size, MaxBlockBytes), count * sizeof(Ast));
    void *memory = std::malloc(sizeof(Block) + size);
    if (!memory)
        std::abort();
    Block *block = new (memory) Block{blocks};
    blocks = block;
    blockFree = block->bytes();
    blockEnd = blockFree + size;
    Ast *result = reinterpret_cast<Ast *>(blockFree);
    blockFree += count * sizeof(Ast);
    return result;
}

void AstDocument::pin(AstDocument *pool)
{
    Q_ASSERT(this == t_astBuild.building && !pinned);
    pool->ref();
    pinned = pool;
    // From here on this thread counts the pool's handles locally too; counts
    // taken before stay in `refs`, so the sum of both remains right.
    t_astBuild.pool = pool;
}

void AstDocument::destroy()
{
    for (Chunk *c = chunks; c;) {
        AstNode *slots = c->slots();
        for (int i = 0; i < c->used; ++i)
            slots[i].~AstNode();
        Chunk *next = c->next;
        freeChunk(c);
        c = next;
    }
    for (Block *b = blocks; b;) {
        Block *next = b->next;
        std::free(b);
        b = next;
    }
    AstDocument *pool = pinned;
    delete this;
    if (pool)
        pool->deref();
}

AstNode *newAstNode(Ast::Kind kind)
{
    AstDocument *document = t_astBuild.building ? t_astBuild.building : AstDocument::create(1);
    AstNode *node = document->allocate();
    node->kind = kind;
    return node;
}

void AstNode::setChildren(AstSpan from)
{
    childCount = quint32(from.size());
    if (from.empty())
        return;
    children = document->allocateHandles(from.size());
    for (size_t i = 0; i < from.size(); ++i)
        new (children + i) Ast(from[i]);
}

void AstNode::setChildren(std::vector<Ast> &&from)
{
    childCount = quint32(from.size());
    if (from.empty())
        return;
    children = document->allocateHandles(from.size());
    for (size_t i = 0; i < from.size(); ++i)
        new (children + i) Ast(std::move(from[i]));
}

AstNode::~AstNode()
{
    for (quint32 i = 0; i < childCount; ++i)
        children[i].~Ast(); // the memory goes with the document's blocks
}

} // namespace ectowb::elixir
