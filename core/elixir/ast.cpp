#include "ast.h"

namespace ectowb::elixir {

namespace {
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
} // namespace

Ast Ast::integer(qint64 value)
{
    auto n = std::make_shared<AstNode>();
    n->kind = Kind::Integer;
    n->integer = value;
    return Ast(std::move(n));
}

Ast Ast::bigInteger(const QByteArray &decimal)
{
    bool ok = false;
    const qint64 v = decimal.toLongLong(&ok);
    if (ok)
        return integer(v);
    auto n = std::make_shared<AstNode>();
    n->kind = Kind::Integer;
    n->big = true;
    n->bytes = decimal;
    return Ast(std::move(n));
}

Ast Ast::floating(double value)
{
    auto n = std::make_shared<AstNode>();
    n->kind = Kind::Float;
    n->real = value;
    return Ast(std::move(n));
}

Ast Ast::atom(const QString &name)
{
    auto n = std::make_shared<AstNode>();
    n->kind = Kind::Atom;
    n->name = name;
    return Ast(std::move(n));
}

Ast Ast::string(const QByteArray &bytes)
{
    auto n = std::make_shared<AstNode>();
    n->kind = Kind::String;
    n->bytes = bytes;
    return Ast(std::move(n));
}

Ast Ast::list(std::vector<Ast> elements)
{
    auto n = std::make_shared<AstNode>();
    n->kind = Kind::List;
    n->children = std::move(elements);
    return Ast(std::move(n));
}

Ast Ast::tuple(Ast first, Ast second)
{
    auto n = std::make_shared<AstNode>();
    n->kind = Kind::Tuple;
    n->children.reserve(2);
    n->children.push_back(std::move(first));
    n->children.push_back(std::move(second));
    return Ast(std::move(n));
}

Ast Ast::call(Ast form, SourcePos pos, std::vector<Ast> args)
{
    auto n = std::make_shared<AstNode>();
    n->kind = Kind::Call;
    n->form = std::move(form);
    n->pos = pos;
    n->children = std::move(args);
    return Ast(std::move(n));
}

Ast Ast::variable(const QString &name, SourcePos pos, const QString &context)
{
    auto n = std::make_shared<AstNode>();
    n->kind = Kind::Call;
    n->form = atom(name);
    n->pos = pos;
    n->argsIsList = false;
    n->name = context;
    return Ast(std::move(n));
}

Ast Ast::variable(Ast nameAtom, SourcePos pos)
{
    Q_ASSERT(nameAtom.isAtom());
    auto n = std::make_shared<AstNode>();
    n->kind = Kind::Call;
    n->form = std::move(nameAtom);
    n->pos = pos;
    n->argsIsList = false;
    n->name = QStringLiteral("nil");
    return Ast(std::move(n));
}

Ast::Kind Ast::kind() const
{
    return m_node ? m_node->kind : Kind::Invalid;
}

bool Ast::isAtom(QStringView name) const
{
    return isAtom() && m_node->name == name;
}

bool Ast::isCall(QStringView name) const
{
    return isCall() && m_node->argsIsList && m_node->form.isAtom(name);
}

bool Ast::isCall(QStringView name, int arity) const
{
    return isCall(name) && int(m_node->children.size()) == arity;
}

bool Ast::isVariable() const
{
    return isCall() && !m_node->argsIsList && m_node->form.isAtom();
}

qint64 Ast::integerValue() const
{
    return isInteger() ? m_node->integer : 0;
}

bool Ast::isBigInteger() const
{
    return isInteger() && m_node->big;
}

QByteArray Ast::integerText() const
{
    if (!isInteger())
        return {};
    return m_node->big ? m_node->bytes : QByteArray::number(m_node->integer);
}

double Ast::floatValue() const
{
    return isFloat() ? m_node->real : 0.0;
}

QString Ast::atomName() const
{
    return isAtom() ? m_node->name : QString();
}

QByteArray Ast::bytes() const
{
    return isString() ? m_node->bytes : QByteArray();
}

QString Ast::text() const
{
    return QString::fromUtf8(bytes());
}

const std::vector<Ast> &Ast::elements() const
{
    return (isList() || isTuple()) ? m_node->children : emptyAsts();
}

const Ast &Ast::callForm() const
{
    return isCall() ? m_node->form : invalidAst();
}

SourcePos Ast::pos() const
{
    return m_node ? m_node->pos : SourcePos{};
}

bool Ast::argsIsList() const
{
    return isCall() && m_node->argsIsList;
}

const std::vector<Ast> &Ast::args() const
{
    return isCall() ? m_node->children : emptyAsts();
}

QString Ast::context() const
{
    return isVariable() ? m_node->name : QString();
}

QString Ast::callName() const
{
    return isCall() ? m_node->form.atomName() : QString();
}

bool Ast::isKeywordList() const
{
    if (!isList() || m_node->children.empty())
        return false;
    for (const Ast &pair : m_node->children) {
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

Ast Ast::withArgs(std::vector<Ast> args) const
{
    Q_ASSERT(isCall());
    auto n = std::make_shared<AstNode>(*m_node);
    n->argsIsList = true;
    n->name.clear();
    n->children = std::move(args);
    return Ast(std::move(n));
}

Ast Ast::withPos(SourcePos pos) const
{
    if (!m_node)
        return *this;
    auto n = std::make_shared<AstNode>(*m_node);
    n->pos = pos;
    return Ast(std::move(n));
}

bool Ast::operator==(const Ast &other) const
{
    if (m_node == other.m_node)
        return true;
    if (kind() != other.kind())
        return false;
    const AstNode &a = *m_node;
    const AstNode &b = *other.m_node;
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
