#include "undefinedlocalcalls.h"

#include <QRegularExpression>
#include <QSet>

namespace ectowb::migration {

using elixir::Ast;

namespace {

// What every module has in scope without importing: Kernel and Kernel.SpecialForms
// (names that are identifiers; operators cannot be local functions of a migration),
// as Elixir 1.14's __info__(:functions) and __info__(:macros) list them.
const QSet<QString> &kernelNames()
{
    static const QSet<QString> names{
    QStringLiteral("__CALLER__/0"), QStringLiteral("__DIR__/0"), QStringLiteral("__ENV__/0"),
    QStringLiteral("__MODULE__/0"), QStringLiteral("__STACKTRACE__/0"), QStringLiteral("__aliases__/1"),
    QStringLiteral("__block__/1"), QStringLiteral("abs/1"), QStringLiteral("alias!/1"),
    QStringLiteral("alias/2"), QStringLiteral("and/2"), QStringLiteral("apply/2"), QStringLiteral("apply/3"),
    QStringLiteral("binary_part/3"), QStringLiteral("binary_slice/2"), QStringLiteral("binary_slice/3"),
    QStringLiteral("binding/0"), QStringLiteral("binding/1"), QStringLiteral("bit_size/1"),
    QStringLiteral("byte_size/1"), QStringLiteral("case/2"), QStringLiteral("ceil/1"),
    QStringLiteral("cond/1"), QStringLiteral("dbg/0"), QStringLiteral("dbg/1"), QStringLiteral("dbg/2"),
    QStringLiteral("def/1"), QStringLiteral("def/2"), QStringLiteral("defdelegate/2"),
    QStringLiteral("defexception/1"), QStringLiteral("defguard/1"), QStringLiteral("defguardp/1"),
    QStringLiteral("defimpl/2"), QStringLiteral("defimpl/3"), QStringLiteral("defmacro/1"),
    QStringLiteral("defmacro/2"), QStringLiteral("defmacrop/1"), QStringLiteral("defmacrop/2"),
    QStringLiteral("defmodule/2"), QStringLiteral("defoverridable/1"), QStringLiteral("defp/1"),
    QStringLiteral("defp/2"), QStringLiteral("defprotocol/2"), QStringLiteral("defstruct/1"),
    QStringLiteral("destructure/2"), QStringLiteral("div/2"), QStringLiteral("elem/2"),
    QStringLiteral("exit/1"), QStringLiteral("floor/1"), QStringLiteral("fn/1"), QStringLiteral("for/1"),
    QStringLiteral("function_exported?/3"), QStringLiteral("get_and_update_in/2"),
    QStringLiteral("get_and_update_in/3"), QStringLiteral("get_in/2"), QStringLiteral("hd/1"),
    QStringLiteral("if/2"), QStringLiteral("import/2"), QStringLiteral("in/2"), QStringLiteral("inspect/1"),
    QStringLiteral("inspect/2"), QStringLiteral("is_atom/1"), QStringLiteral("is_binary/1"),
    QStringLiteral("is_bitstring/1"), QStringLiteral("is_boolean/1"), QStringLiteral("is_exception/1"),
    QStringLiteral("is_exception/2"), QStringLiteral("is_float/1"), QStringLiteral("is_function/1"),
    QStringLiteral("is_function/2"), QStringLiteral("is_integer/1"), QStringLiteral("is_list/1"),
    QStringLiteral("is_map/1"), QStringLiteral("is_map_key/2"), QStringLiteral("is_nil/1"),
    QStringLiteral("is_number/1"), QStringLiteral("is_pid/1"), QStringLiteral("is_port/1"),
    QStringLiteral("is_reference/1"), QStringLiteral("is_struct/1"), QStringLiteral("is_struct/2"),
    QStringLiteral("is_tuple/1"), QStringLiteral("length/1"), QStringLiteral("macro_exported?/3"),
    QStringLiteral("make_ref/0"), QStringLiteral("map_size/1"), QStringLiteral("match?/2"),
    QStringLiteral("max/2"), QStringLiteral("min/2"), QStringLiteral("node/0"), QStringLiteral("node/1"),
    QStringLiteral("not/1"), QStringLiteral("or/2"), QStringLiteral("pop_in/1"), QStringLiteral("pop_in/2"),
    QStringLiteral("put_elem/3"), QStringLiteral("put_in/2"), QStringLiteral("put_in/3"),
    QStringLiteral("quote/2"), QStringLiteral("raise/1"), QStringLiteral("raise/2"),
    QStringLiteral("receive/1"), QStringLiteral("rem/2"), QStringLiteral("require/2"),
    QStringLiteral("reraise/2"), QStringLiteral("reraise/3"), QStringLiteral("round/1"),
    QStringLiteral("self/0"), QStringLiteral("send/2"), QStringLiteral("sigil_C/2"),
    QStringLiteral("sigil_D/2"), QStringLiteral("sigil_N/2"), QStringLiteral("sigil_R/2"),
    QStringLiteral("sigil_S/2"), QStringLiteral("sigil_T/2"), QStringLiteral("sigil_U/2"),
    QStringLiteral("sigil_W/2"), QStringLiteral("sigil_c/2"), QStringLiteral("sigil_r/2"),
    QStringLiteral("sigil_s/2"), QStringLiteral("sigil_w/2"), QStringLiteral("spawn/1"),
    QStringLiteral("spawn/3"), QStringLiteral("spawn_link/1"), QStringLiteral("spawn_link/3"),
    QStringLiteral("spawn_monitor/1"), QStringLiteral("spawn_monitor/3"), QStringLiteral("struct!/1"),
    QStringLiteral("struct!/2"), QStringLiteral("struct/1"), QStringLiteral("struct/2"),
    QStringLiteral("super/1"), QStringLiteral("tap/2"), QStringLiteral("then/2"), QStringLiteral("throw/1"),
    QStringLiteral("tl/1"), QStringLiteral("to_char_list/1"), QStringLiteral("to_charlist/1"),
    QStringLiteral("to_string/1"), QStringLiteral("trunc/1"), QStringLiteral("try/1"),
    QStringLiteral("tuple_size/1"), QStringLiteral("unless/2"), QStringLiteral("unquote/1"),
    QStringLiteral("unquote_splicing/1"), QStringLiteral("update_in/2"), QStringLiteral("update_in/3"),
    QStringLiteral("use/1"), QStringLiteral("use/2"), QStringLiteral("var!/1"), QStringLiteral("var!/2"),
    QStringLiteral("with/1"),
    };
    return names;
}

// What `use Ecto.Migration` imports: the public functions and macros of
// Ecto.Migration (ecto_sql 3.13), without those starting with an underscore.
const QSet<QString> &migrationNames()
{
    static const QSet<QString> names{
    QStringLiteral("create/2"), QStringLiteral("create_if_not_exists/2"), QStringLiteral("alter/2"),
    QStringLiteral("flush/0"), QStringLiteral("create/1"), QStringLiteral("create_if_not_exists/1"),
    QStringLiteral("drop/1"), QStringLiteral("drop/2"), QStringLiteral("drop_if_exists/1"),
    QStringLiteral("drop_if_exists/2"), QStringLiteral("table/1"), QStringLiteral("table/2"),
    QStringLiteral("index/2"), QStringLiteral("index/3"), QStringLiteral("unique_index/2"),
    QStringLiteral("unique_index/3"), QStringLiteral("execute/1"), QStringLiteral("execute/2"),
    QStringLiteral("execute_file/1"), QStringLiteral("execute_file/2"), QStringLiteral("direction/0"),
    QStringLiteral("repo/0"), QStringLiteral("prefix/0"), QStringLiteral("add/2"), QStringLiteral("add/3"),
    QStringLiteral("add_if_not_exists/2"), QStringLiteral("add_if_not_exists/3"), QStringLiteral("rename/2"),
    QStringLiteral("rename/3"), QStringLiteral("fragment/1"), QStringLiteral("timestamps/0"),
    QStringLiteral("timestamps/1"), QStringLiteral("modify/2"), QStringLiteral("modify/3"),
    QStringLiteral("remove/1"), QStringLiteral("remove/2"), QStringLiteral("remove/3"),
    QStringLiteral("remove_if_exists/2"), QStringLiteral("references/1"), QStringLiteral("references/2"),
    QStringLiteral("constraint/2"), QStringLiteral("constraint/3"),
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

    // The module's own functions by exact arity; imported ones by name at any arity,
    // as their arities vary between Elixir and ecto_sql versions (remove_if_exists/1
    // came later than remove_if_exists/2): a wrong arity there goes unflagged rather
    // than a right one being refused.
    bool known(const QString &key) const
    {
        if (m_defined.contains(key))
            return true;
        const QString name = key.section(u'/', 0, 0);
        return importedNames().contains(name);
    }

    static const QSet<QString> &importedNames()
    {
        static const QSet<QString> names = [] {
            QSet<QString> out;
            for (const QSet<QString> *set : {&kernelNames(), &migrationNames()}) {
                for (const QString &key : *set)
                    out.insert(key.section(u'/', 0, 0));
            }
            return out;
        }();
        return names;
    }

    void call(const QString &name, int arity, const Ast &at)
    {
        if (m_found || !isIdentifier(name))
            return;
        const QString key = name + u'/' + QString::number(arity);
        if (!known(key))
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
        // Forms whose arity varies with the code (clauses, generators, statements).
        if (name == u"fn" || name == u"for" || name == u"with" || name == u"__block__" || name == u"__aliases__"
            || name == u"super") {
            for (const Ast &arg : args)
                walk(arg);
            return;
        }
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
