#include "ast.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <new>

namespace ectowb::elixir {

// Private to this file: the rest of the code sees nodes only through Ast.
struct AstNode
{
    AstDocument *document = nullptr;
    Ast::Kind kind = Ast::Kind::Invalid;
    bool argsIsList = true;
    bool big = false;
    SourcePos pos;
    qint64 integer = 0;
    double real = 0.0;
    QString name;       // atom name, or variable context atom
    QByteArray bytes;   // binary contents, or big integer digits
    Ast form;           // Call form
    std::vector<Ast> children; // list/tuple elements, or call args

    // A child stored in a node of the same document gives up its reference, so
    // that a document's own nodes never keep it alive. Called once the new node
    // has its own handle, which keeps the count above zero.
    void adopt(Ast &child);
    void adoptAll();
};

namespace {

// A block of node slots; a document starts with one and chains more as it grows.
struct Chunk
{
    Chunk *next = nullptr;
    int capacity = 0;
    int used = 0;
    AstNode *slots() { return reinterpret_cast<AstNode *>(this + 1); }
};
static_assert(sizeof(Chunk) % alignof(AstNode) == 0);

constexpr int MaxChunkNodes = 4096;

Chunk *newChunk(int capacity)
{
    void *memory = std::malloc(sizeof(Chunk) + sizeof(AstNode) * size_t(capacity));
    if (!memory)
        std::abort(); // as operator new would, without exceptions
    return new (memory) Chunk{nullptr, capacity, 0};
}

} // namespace

// Owns the nodes of one parse (or one stand-alone node). `refs` counts the Ast
// handles outside the document's own nodes, plus an open build scope.
struct AstDocument
{
    std::atomic<qint64> refs{0};
    Chunk *chunks = nullptr; // newest first

    static AstDocument *create(int capacity)
    {
        auto *document = new AstDocument;
        document->chunks = newChunk(capacity);
        return document;
    }

    AstNode *allocate()
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

    void ref() { refs.fetch_add(1, std::memory_order_relaxed); }
    void deref()
    {
        if (refs.fetch_sub(1, std::memory_order_acq_rel) == 1)
            destroy();
    }

    void destroy()
    {
        for (Chunk *c = chunks; c;) {
            AstNode *slots = c->slots();
            for (int i = 0; i < c->used; ++i)
                slots[i].~AstNode();
            Chunk *next = c->next;
            std::free(c);
            c = next;
        }
        delete this;
    }
};

void AstNode::adopt(Ast &child)
{
    if (child.m_bits && !child.isInternal() && child.node()->document == document) {
        child.m_bits |= 1;
        document->refs.fetch_sub(1, std::memory_order_relaxed);
    }
}

void AstNode::adoptAll()
{
    adopt(form);
    for (Ast &child : children)
        adopt(child);
}

namespace {

thread_local AstDocument *t_building = nullptr;

const std::vector<Ast> &emptyAsts()
{
    static const std::vector<Ast> empty;
    return empty;
}
const Ast &invalidAst()
{
    static const Ast invalid;
    return invalid;
}

AstNode *newNode(Ast::Kind kind)
{
    AstDocument *document = t_building ? t_building : AstDocument::create(1);
    AstNode *node = document->allocate();
    node->kind = kind;
    return node;
}

} // namespace

// ---- handles ----

Ast::Ast(const AstNode *node) : m_bits(reinterpret_cast<quintptr>(node))
{
    node->document->ref();
}

void Ast::ref() const
{
    node()->document->ref();
}

void Ast::deref() const
{
    node()->document->deref();
}

// ---- factories ----

Ast Ast::integer(qint64 value)
{
    AstNode *n = newNode(Kind::Integer);
    n->integer = value;
    return Ast(n);
}

Ast Ast::bigInteger(const QByteArray &decimal)
{
    bool ok = false;
    const qint64 v = decimal.toLongLong(&ok);
    if (ok)
        return integer(v);
    AstNode *n = newNode(Kind::Integer);
    n->big = true;
    n->bytes = decimal;
    return Ast(n);
}

Ast Ast::floating(double value)
{
    AstNode *n = newNode(Kind::Float);
    n->real = value;
    return Ast(n);
}

Ast Ast::atom(const QString &name)
{
    AstNode *n = newNode(Kind::Atom);
    n->name = name;
    return Ast(n);
}

Ast Ast::sharedAtom(const QString &name)
{
    AstDocument *building = std::exchange(t_building, nullptr);
    Ast result = atom(name);
    t_building = building;
    return result;
}

Ast Ast::string(const QByteArray &bytes)
{
    AstNode *n = newNode(Kind::String);
    n->bytes = bytes;
    return Ast(n);
}

Ast Ast::list(std::vector<Ast> elements)
{
    AstNode *n = newNode(Kind::List);
    n->children = std::move(elements);
    Ast result(n);
    n->adoptAll();
    return result;
}

Ast Ast::tuple(Ast first, Ast second)
{
    AstNode *n = newNode(Kind::Tuple);
    n->children.reserve(2);
    n->children.push_back(std::move(first));
    n->children.push_back(std::move(second));
    Ast result(n);
    n->adoptAll();
    return result;
}

Ast Ast::call(Ast form, SourcePos pos, std::vector<Ast> args)
{
    AstNode *n = newNode(Kind::Call);
    n->form = std::move(form);
    n->pos = pos;
    n->children = std::move(args);
    Ast result(n);
    n->adoptAll();
    return result;
}

Ast Ast::variable(const QString &name, SourcePos pos, const QString &context)
{
    Ast nameAtom = atom(name);
    AstNode *n = newNode(Kind::Call);
    n->form = std::move(nameAtom);
    n->pos = pos;
    n->argsIsList = false;
    n->name = context;
    Ast result(n);
    n->adoptAll();
    return result;
}

Ast Ast::variable(Ast nameAtom, SourcePos pos)
{
    Q_ASSERT(nameAtom.isAtom());
    AstNode *n = newNode(Kind::Call);
    n->form = std::move(nameAtom);
    n->pos = pos;
    n->argsIsList = false;
    n->name = QStringLiteral("nil");
    Ast result(n);
    n->adoptAll();
    return result;
}

Ast Ast::withArgs(std::vector<Ast> args) const
{
    Q_ASSERT(isCall());
    AstNode *n = newNode(Kind::Call);
    n->form = node()->form; // a counted copy, adopted again below when it can be
    n->pos = node()->pos;
    n->children = std::move(args);
    Ast result(n);
    n->adoptAll();
    return result;
}

Ast Ast::withPos(SourcePos pos) const
{
    const AstNode *old = node();
    if (!old)
        return *this;
    AstNode *n = newNode(old->kind);
    n->argsIsList = old->argsIsList;
    n->big = old->big;
    n->pos = pos;
    n->integer = old->integer;
    n->real = old->real;
    n->name = old->name;
    n->bytes = old->bytes;
    n->form = old->form;
    n->children = old->children;
    Ast result(n);
    n->adoptAll();
    return result;
}

// ---- scopes ----

AstBuildScope::AstBuildScope(qsizetype expectedNodes)
    : m_document(AstDocument::create(int(std::clamp<qsizetype>(expectedNodes, 16, 1024))))
    , m_previous(t_building)
{
    m_document->ref();
    t_building = m_document;
}

AstBuildScope::~AstBuildScope()
{
    t_building = m_previous;
    m_document->deref();
}

// ---- accessors ----

Ast::Kind Ast::kind() const
{
    return node() ? node()->kind : Kind::Invalid;
}

bool Ast::isAtom(QStringView name) const
{
    return isAtom() && node()->name == name;
}

bool Ast::isCall(QStringView name) const
{
    return isCall() && node()->argsIsList && node()->form.isAtom(name);
}

bool Ast::isCall(QStringView name, int arity) const
{
    return isCall(name) && int(node()->children.size()) == arity;
}

bool Ast::isVariable() const
{
    return isCall() && !node()->argsIsList && node()->form.isAtom();
}

qint64 Ast::integerValue() const
{
    return isInteger() ? node()->integer : 0;
}

bool Ast::isBigInteger() const
{
    return isInteger() && node()->big;
}

QByteArray Ast::integerText() const
{
    if (!isInteger())
        return {};
    return node()->big ? node()->bytes : QByteArray::number(node()->integer);
}

double Ast::floatValue() const
{
    return isFloat() ? node()->real : 0.0;
}

QString Ast::atomName() const
{
    return isAtom() ? node()->name : QString();
}

QByteArray Ast::bytes() const
{
    return isString() ? node()->bytes : QByteArray();
}

QString Ast::text() const
{
    return QString::fromUtf8(bytes());
}

const std::vector<Ast> &Ast::elements() const
{
    return (isList() || isTuple()) ? node()->children : emptyAsts();
}

const Ast &Ast::callForm() const
{
    return isCall() ? node()->form : invalidAst();
}

SourcePos Ast::pos() const
{
    return node() ? node()->pos : SourcePos{};
}

bool Ast::argsIsList() const
{
    return isCall() && node()->argsIsList;
}

const std::vector<Ast> &Ast::args() const
{
    return isCall() ? node()->children : emptyAsts();
}

QString Ast::context() const
{
    return isVariable() ? node()->name : QString();
}

QString Ast::callName() const
{
    return isCall() ? node()->form.atomName() : QString();
}

bool Ast::isKeywordList() const
{
    if (!isList() || node()->children.empty())
        return false;
    for (const Ast &pair : node()->children) {
        if (!pair.isTuple() || !pair.elements()[0].isAtom())
            return false;
    }
    return true;
}

Ast Ast::keywordValue(QStringView key) const
{
    for (const Ast &pair : elements()) {
        if (pair.isTuple() && pair.elements()[0].isAtom(key))
            return pair.elements()[1];
    }
    return Ast();
}

std::vector<Ast> Ast::blockStatements() const
{
    if (!isValid())
        return {};
    if (isCall(u"__block__"))
        return args();
    return {*this};
}

bool Ast::operator==(const Ast &other) const
{
    if (node() == other.node())
        return true;
    if (kind() != other.kind())
        return false;
    const AstNode &a = *node();
    const AstNode &b = *other.node();
    switch (a.kind) {
    case Kind::Invalid:
        return true;
    case Kind::Integer:
        return a.big == b.big && (a.big ? a.bytes == b.bytes : a.integer == b.integer);
    case Kind::Float:
        return a.real == b.real;
    case Kind::Atom:
        return a.name == b.name;
    case Kind::String:
        return a.bytes == b.bytes;
    case Kind::List:
    case Kind::Tuple:
        return a.children == b.children;
    case Kind::Call:
        return a.argsIsList == b.argsIsList && a.form == b.form
               && (a.argsIsList ? a.children == b.children : a.name == b.name);
    }
    return false;
}

} // namespace ectowb::elixir
