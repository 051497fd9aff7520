#include "ast.h"

#include "astdocument.h"

#include <algorithm>
#include <new>

namespace ectowb::elixir {

namespace {

const Ast &invalidAst()
{
    static const Ast invalid;
    return invalid;
}

} // namespace

// ---- spans ----

std::vector<Ast> AstSpan::toVector() const
{
    return std::vector<Ast>(begin(), end());
}

bool AstSpan::operator==(const AstSpan &other) const
{
    return std::equal(begin(), end(), other.begin(), other.end());
}

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
    AstNode *n = newAstNode(Kind::Integer);
    n->integer = value;
    return Ast(n);
}

Ast Ast::bigInteger(const QByteArray &decimal)
{
    bool ok = false;
    const qint64 v = decimal.toLongLong(&ok);
    if (ok)
        return integer(v);
    AstNode *n = newAstNode(Kind::Integer);
    n->big = true;
    n->bytes = decimal;
    return Ast(n);
}

Ast Ast::floating(double value)
{
    AstNode *n = newAstNode(Kind::Float);
    n->real = value;
    return Ast(n);
}

Ast Ast::atom(const QString &name)
{
    AstNode *n = newAstNode(Kind::Atom);
    n->name = name;
    return Ast(n);
}

Ast Ast::string(const QByteArray &bytes)
{
    AstNode *n = newAstNode(Kind::String);
    n->bytes = bytes;
    return Ast(n);
}

Ast Ast::list(std::vector<Ast> elements)
{
    AstNode *n = newAstNode(Kind::List);
    n->setChildren(std::move(elements));
    Ast result(n);
    n->adoptAll();
    return result;
}

Ast Ast::list(AstSpan elements)
{
    AstNode *n = newAstNode(Kind::List);
    n->setChildren(elements);
    Ast result(n);
    n->adoptAll();
    return result;
}

Ast Ast::tuple(Ast first, Ast second)
{
    AstNode *n = newAstNode(Kind::Tuple);
    n->childCount = 2;
    n->children = n->document->allocateHandles(2);
    new (n->children) Ast(std::move(first));
    new (n->children + 1) Ast(std::move(second));
    Ast result(n);
    n->adoptAll();
    return result;
}

Ast Ast::call(Ast form, SourcePos pos, std::vector<Ast> args)
{
    AstNode *n = newAstNode(Kind::Call);
    n->form = std::move(form);
    n->pos = pos;
    n->setChildren(std::move(args));
    Ast result(n);
    n->adoptAll();
    return result;
}

Ast Ast::call(Ast form, SourcePos pos, AstSpan args)
{
    AstNode *n = newAstNode(Kind::Call);
    n->form = std::move(form);
    n->pos = pos;
    n->setChildren(args);
    Ast result(n);
    n->adoptAll();
    return result;
}

Ast Ast::variable(const QString &name, SourcePos pos, const QString &context)
{
    Ast nameAtom = atom(name);
    AstNode *n = newAstNode(Kind::Call);
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
    AstNode *n = newAstNode(Kind::Call);
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
    AstNode *n = newAstNode(Kind::Call);
    n->form = node()->form; // a counted copy, adopted again below when it can be
    n->pos = node()->pos;
    n->setChildren(std::move(args));
    Ast result(n);
    n->adoptAll();
    return result;
}

Ast Ast::withArgs(AstSpan args) const
{
    Q_ASSERT(isCall());
    AstNode *n = newAstNode(Kind::Call);
    n->form = node()->form;
    n->pos = node()->pos;
    n->setChildren(args);
    Ast result(n);
    n->adoptAll();
    return result;
}

Ast Ast::withPos(SourcePos pos) const
{
    const AstNode *old = node();
    if (!old)
        return *this;
    AstNode *n = newAstNode(old->kind);
    n->argsIsList = old->argsIsList;
    n->big = old->big;
    n->pos = pos;
    if (old->kind == Kind::Float)
        n->real = old->real;
    else
        n->integer = old->integer;
    n->name = old->name;
    n->bytes = old->bytes;
    n->form = old->form;
    n->setChildren(old->childSpan());
    Ast result(n);
    n->adoptAll();
    return result;
}

// ---- scopes ----

namespace {
void flushLocalRefs(const AstBuildState &state)
{
    if (state.building)
        state.building->flushLocalRefs();
    if (state.pool)
        state.pool->flushLocalRefs();
}
} // namespace

AstBuildScope::AstBuildScope(qsizetype expectedNodes)
    : m_document(AstDocument::create(int(std::clamp<qsizetype>(expectedNodes, 16, 1024))))
    , m_previous(t_astBuild.building)
    , m_previousPool(t_astBuild.pool)
{
    // An enclosing scope's documents go back to atomic counts meanwhile.
    flushLocalRefs(t_astBuild);
    m_document->ref(); // the scope's own count, atomic: the document is not local yet
    t_astBuild = AstBuildState{m_document, nullptr};
}

AstBuildScope::~AstBuildScope()
{
    flushLocalRefs(t_astBuild);
    t_astBuild = AstBuildState{m_previous, m_previousPool};
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
    return isCall(name) && int(node()->childCount) == arity;
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

AstSpan Ast::elements() const
{
    return (isList() || isTuple()) ? node()->childSpan() : AstSpan();
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

AstSpan Ast::args() const
{
    return isCall() ? node()->childSpan() : AstSpan();
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
    if (!isList() || node()->childCount == 0)
        return false;
    for (const Ast &pair : node()->childSpan()) {
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
        return args().toVector();
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
        return a.childSpan() == b.childSpan();
    case Kind::Call:
        return a.argsIsList == b.argsIsList && a.form == b.form
               && (a.argsIsList ? a.childSpan() == b.childSpan() : a.name == b.name);
    }
    return false;
}

} // namespace ectowb::elixir
