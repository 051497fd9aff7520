#include "undefinedlocalcalls.h"

#include <QRegularExpression>
#include <QSet>

namespace ectowb::migration {

using elixir::Ast;

namespace {

// The names a migration module has in scope without defining them, at any arity: their
// arities vary between Elixir and ecto_sql versions (remove_if_exists/1 came after
// remove_if_exists/2), so a wrong arity goes unflagged rather than a right one refused.
// Kernel and Kernel.SpecialForms, as Elixir 1.14's __info__(:functions) and
// __info__(:macros) list them (identifiers only: operators cannot be local functions
// of a migration), and what `use Ecto.Migration` imports: Ecto.Migration's public
// functions and macros (ecto_sql 3.13), which is Ecto's API, not the part of it the
// interpreter implements.
const QSet<QString> &importedNames()
{
    static const QSet<QString> names{
        // Kernel, Kernel.SpecialForms
        QStringLiteral("__CALLER__"), QStringLiteral("__DIR__"), QStringLiteral("__ENV__"),
        QStringLiteral("__MODULE__"), QStringLiteral("__STACKTRACE__"), QStringLiteral("__aliases__"),
        QStringLiteral("__block__"), QStringLiteral("abs"), QStringLiteral("alias"), QStringLiteral("alias!"),
        QStringLiteral("and"), QStringLiteral("apply"), QStringLiteral("binary_part"),
        QStringLiteral("binary_slice"), QStringLiteral("binding"), QStringLiteral("bit_size"),
        QStringLiteral("byte_size"), QStringLiteral("case"), QStringLiteral("ceil"), QStringLiteral("cond"),
        QStringLiteral("dbg"), QStringLiteral("def"), QStringLiteral("defdelegate"),
        QStringLiteral("defexception"), QStringLiteral("defguard"), QStringLiteral("defguardp"),
        QStringLiteral("defimpl"), QStringLiteral("defmacro"), QStringLiteral("defmacrop"),
        QStringLiteral("defmodule"), QStringLiteral("defoverridable"), QStringLiteral("defp"),
        QStringLiteral("defprotocol"), QStringLiteral("defstruct"), QStringLiteral("destructure"),
        QStringLiteral("div"), QStringLiteral("elem"), QStringLiteral("exit"), QStringLiteral("floor"),
        QStringLiteral("fn"), QStringLiteral("for"), QStringLiteral("function_exported?"),
        QStringLiteral("get_and_update_in"), QStringLiteral("get_in"), QStringLiteral("hd"),
        QStringLiteral("if"), QStringLiteral("import"), QStringLiteral("in"), QStringLiteral("inspect"),
        QStringLiteral("is_atom"), QStringLiteral("is_binary"), QStringLiteral("is_bitstring"),
        QStringLiteral("is_boolean"), QStringLiteral("is_exception"), QStringLiteral("is_float"),
        QStringLiteral("is_function"), QStringLiteral("is_integer"), QStringLiteral("is_list"),
        QStringLiteral("is_map"), QStringLiteral("is_map_key"), QStringLiteral("is_nil"),
        QStringLiteral("is_number"), QStringLiteral("is_pid"), QStringLiteral("is_port"),
        QStringLiteral("is_reference"), QStringLiteral("is_struct"), QStringLiteral("is_tuple"),
        QStringLiteral("length"), QStringLiteral("macro_exported?"), QStringLiteral("make_ref"),
        QStringLiteral("map_size"), QStringLiteral("match?"), QStringLiteral("max"), QStringLiteral("min"),
        QStringLiteral("node"), QStringLiteral("not"), QStringLiteral("or"), QStringLiteral("pop_in"),
        QStringLiteral("put_elem"), QStringLiteral("put_in"), QStringLiteral("quote"), QStringLiteral("raise"),
        QStringLiteral("receive"), QStringLiteral("rem"), QStringLiteral("require"), QStringLiteral("reraise"),
        QStringLiteral("round"), QStringLiteral("self"), QStringLiteral("send"), QStringLiteral("sigil_C"),
        QStringLiteral("sigil_D"), QStringLiteral("sigil_N"), QStringLiteral("sigil_R"),
        QStringLiteral("sigil_S"), QStringLiteral("sigil_T"), QStringLiteral("sigil_U"),
        QStringLiteral("sigil_W"), QStringLiteral("sigil_c"), QStringLiteral("sigil_r"),
        QStringLiteral("sigil_s"), QStringLiteral("sigil_w"), QStringLiteral("spawn"),
        QStringLiteral("spawn_link"), QStringLiteral("spawn_monitor"), QStringLiteral("struct"),
        QStringLiteral("struct!"), QStringLiteral("super"), QStringLiteral("tap"), QStringLiteral("then"),
        QStringLiteral("throw"), QStringLiteral("tl"), QStringLiteral("to_char_list"),
        QStringLiteral("to_charlist"), QStringLiteral("to_string"), QStringLiteral("trunc"),
        QStringLiteral("try"), QStringLiteral("tuple_size"), QStringLiteral("unless"),
        QStringLiteral("unquote"), QStringLiteral("unquote_splicing"), QStringLiteral("update_in"),
        QStringLiteral("use"), QStringLiteral("var!"), QStringLiteral("with"),
        // Ecto.Migration
        QStringLiteral("add"), QStringLiteral("add_if_not_exists"), QStringLiteral("alter"),
        QStringLiteral("constraint"), QStringLiteral("create"), QStringLiteral("create_if_not_exists"),
        QStringLiteral("direction"), QStringLiteral("drop"), QStringLiteral("drop_if_exists"),
        QStringLiteral("execute"), QStringLiteral("execute_file"), QStringLiteral("flush"),
        QStringLiteral("fragment"), QStringLiteral("index"), QStringLiteral("modify"), QStringLiteral("prefix"),
        QStringLiteral("references"), QStringLiteral("remove"), QStringLiteral("remove_if_exists"),
        QStringLiteral("rename"), QStringLiteral("repo"), QStringLiteral("table"), QStringLiteral("timestamps"),
        QStringLiteral("unique_index"),
    };
    return names;
}

bool isDefinition(const Ast &stmt)
{
    for (const char16_t *name : {u"def", u"defp", u"defmacro", u"defmacrop", u"defdelegate", u"defguard", u"defguardp"}) {
        if (stmt.isCall(name))
            return true;
    }
    return false;
}

bool isIdentifier(const QString &name)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-zA-Z0-9_]*[?!]?$"));
    return identifier.match(name).hasMatch();
}

class Scan
{
public:
    // False when the module is beyond what the check can know for sure.
    bool collect(const project::ElixirModule &module)
    {
        for (const Ast &stmt : module.body) {
            if (stmt.isCall(u"use") || stmt.isCall(u"import")) {
                if (stmt.args().size() != 1 || module.scope.expand(stmt.args()[0]) != u"Ecto.Migration")
                    return false;
            } else if (isDefinition(stmt)) {
                if (!define(stmt))
                    return false;
                m_bodies.push_back(stmt);
            } else if (!stmt.isCall(u"@") && !stmt.isCall(u"alias") && !stmt.isCall(u"require")
                       && !stmt.isCall(u"defmodule")) {
                return false; // a macro or a `for` at the top may define functions unseen
            }
        }
        return true;
    }

    std::optional<UndefinedLocalCalls::Found> first()
    {
        for (const Ast &def : m_bodies) {
            const auto args = def.args();
            for (size_t i = 1; i < args.size() && !m_found && !m_unknowable; ++i)
                walk(args[i]);
        }
        if (m_unknowable)
            return std::nullopt;
        return m_found;
    }

private:
    // `def name(a, b \\ 1)` defines name/1 and name/2.
    bool define(const Ast &def)
    {
        if (def.args().empty())
            return false;
        Ast head = def.args()[0];
        if (head.isCall(u"when") && !head.args().empty())
            head = head.args()[0];
        const QString name = head.callName();
        if (!head.isCall() && !head.isVariable())
            return false;
        if (name.isEmpty() || !isIdentifier(name))
            return false; // unquote(...) or an operator: names known only when compiled
        int defaults = 0;
        const auto params = head.args();
        for (const Ast &param : params)
            defaults += param.isCall(u"\\\\") ? 1 : 0;
        for (int arity = int(params.size()) - defaults; arity <= int(params.size()); ++arity)
            m_defined.insert(name + u'/' + QString::number(arity));
        return true;
    }

    // The module's own functions by exact arity, imported ones by name.
    bool known(const QString &name, const QString &key) const
    {
        return m_defined.contains(key) || importedNames().contains(name);
    }

    void call(const QString &name, int arity, const Ast &at)
    {
        if (m_found || !isIdentifier(name))
            return;
        const QString key = name + u'/' + QString::number(arity);
        if (!known(name, key))
            m_found = UndefinedLocalCalls::Found{name, arity, at.pos()};
    }

    void walk(const Ast &ast)
    {
        if (m_found || m_unknowable)
            return;
        if (ast.isList() || ast.isTuple()) {
            for (const Ast &element : ast.elements())
                walk(element);
            return;
        }
        if (!ast.isCall() || !ast.argsIsList())
            return; // literals and variables
        const QString name = ast.callName();
        if (name.isEmpty()) { // remote call or fun.(): the callee's own parts may call locally
            walk(ast.callForm());
            for (const Ast &arg : ast.args())
                walk(arg);
            return;
        }
        // Code that is data, binary and type specifications, attributes and nested
        // modules are not calls of this module's functions.
        if (name == u"quote" || name == u"::" || name == u"@" || name == u"defmodule")
            return;
        const auto args = ast.args();
        if (name == u"import" || name == u"unquote" || name == u"unquote_splicing") {
            m_unknowable = true; // a lexical import or generated code brings names in
            return;
        }
        if (name == u"|>" && args.size() == 2) {
            walk(args[0]);
            const Ast &rhs = args[1];
            if (rhs.isCall() && rhs.argsIsList() && !rhs.callName().isEmpty() && isIdentifier(rhs.callName())) {
                call(rhs.callName(), int(rhs.args().size()) + 1, rhs);
                for (const Ast &arg : rhs.args())
                    walk(arg);
            } else {
                walk(rhs);
            }
            return;
        }
        call(name, int(args.size()), ast);
        for (const Ast &arg : args)
            walk(arg);
    }

    // use Ecto.Migration's @before_compile defines __migration__/0.
    QSet<QString> m_defined{QStringLiteral("__migration__/0")};
    std::vector<Ast> m_bodies;
    std::optional<UndefinedLocalCalls::Found> m_found;
    bool m_unknowable = false;
};

} // namespace

std::optional<UndefinedLocalCalls::Found> UndefinedLocalCalls::first(const project::ElixirModule &module)
{
    Scan scan;
    if (!scan.collect(module))
        return std::nullopt;
    return scan.first();
}

} // namespace ectowb::migration
