#include "migrationreader.h"

#include "evaluator.h"
#include "migrationdsl.h"

#include "elixir/reader.h"
#include "project/migrationfilename.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>

namespace ectowb::migration {

using elixir::Ast;

namespace {

std::vector<Ast> statements(const Ast &body)
{
    if (body.isCall(u"__block__"))
        return body.args();
    return {body};
}

// The statement's text: its first line, and the lines after it that are indented
// deeper (its block) or close it at the same indentation (`end`, `)`).
QString sourceOf(const QStringList &lines, const Ast &statement)
{
    const int line = statement.isCall() ? statement.pos().line : 0;
    if (line < 1 || line > lines.size())
        return {};
    auto indent = [](const QString &text) {
        int i = 0;
        while (i < text.size() && text.at(i).isSpace())
            ++i;
        return i;
    };
    const int base = indent(lines.at(line - 1));
    QStringList out{lines.at(line - 1).trimmed()};
    for (int i = line; i < lines.size(); ++i) {
        const QString &text = lines.at(i);
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty())
            continue;
        const int depth = indent(text);
        const bool closes = depth == base && (trimmed.startsWith(QLatin1String("end")) || trimmed.startsWith(QLatin1Char(')')));
        if (depth <= base && !closes)
            break;
        out << text.mid(qMin(base, depth));
        if (closes)
            break;
    }
    return out.join(QLatin1Char('\n'));
}

QString moduleName(const Ast &alias)
{
    QStringList parts;
    for (const Ast &part : alias.args())
        parts << part.atomName();
    return parts.join(QLatin1Char('.'));
}

struct Definition
{
    QString name;
    std::vector<Ast> params;
    Ast body;
};

std::optional<Definition> definition(const Ast &def)
{
    if (def.args().size() != 2)
        return std::nullopt;
    Ast head = def.args()[0];
    if (head.isCall(u"when", 2))
        head = head.args()[0];
    const auto body = Evaluator::keywordEntry(def.args()[1], QStringLiteral("do"));
    if (!head.isCall() || head.callName().isEmpty() || !body)
        return std::nullopt;
    return Definition{head.callName(), head.args(), *body};
}

} // namespace

qint64 MigrationReader::versionFromFileName(const QString &file)
{
    // Ecto's reading of the name (project::MigrationFileName); 0 when it is none.
    return project::MigrationFileName::parse(QFileInfo(file).fileName()).version;
}

QString MigrationReader::wrapAsModule(const QString &source)
{
    if (QRegularExpression(QStringLiteral("^\\s*defmodule\\s")).match(source).hasMatch())
        return source;
    const QString head = QStringLiteral("defmodule Migration do\n  use Ecto.Migration\n");
    if (QRegularExpression(QStringLiteral("(^|\\n)\\s*defp?[\\s(]")).match(source).hasMatch())
        return head + source + QStringLiteral("\nend\n");
    return head + QStringLiteral("def change do\n") + source + QStringLiteral("\nend\nend\n");
}

Migration MigrationReader::fromSource(const QByteArray &source, const QString &file)
{
    const elixir::ParseResult parsed = elixir::Reader::parse(source, file);
    if (parsed.error) {
        Migration m;
        m.file = file;
        m.version = versionFromFileName(file);
        m.error = parsed.error->toString();
        return m;
    }
    return fromAst(parsed.ast, source, file);
}

Migration MigrationReader::fromAst(const Ast &ast, const QByteArray &source, const QString &file)
{
    Migration m;
    m.file = file;
    m.version = versionFromFileName(file);
    Ast module;
    for (const Ast &top : statements(ast)) {
        if (top.isCall(u"defmodule", 2))
            module = top;
    }
    if (!module.isValid()) {
        m.error = QStringLiteral("%1: no defmodule").arg(file);
        return m;
    }
    m.module = moduleName(module.args()[0]);
    const auto body = Evaluator::keywordEntry(module.args()[1], QStringLiteral("do"));
    if (!body) {
        m.error = QStringLiteral("%1: empty module").arg(file);
        return m;
    }

    QHash<QString, Term> attributes;
    QMultiHash<QString, Evaluator::Function> functions;
    std::vector<Definition> publics;
    for (const Ast &item : statements(*body)) {
        if (item.isCall(u"@", 1) && item.args()[0].isCall() && item.args()[0].argsIsList()
            && item.args()[0].args().size() == 1) {
            Evaluator ev(attributes, {}, nullptr);
            Evaluator::Bindings env;
            if (Result<Term> value = ev.eval(item.args()[0].args()[0], env))
                attributes.insert(item.args()[0].callName(), *value);
        } else if (item.isCall(u"def") || item.isCall(u"defp")) {
            if (auto d = definition(item)) {
                functions.insert(d->name, Evaluator::Function{d->params, d->body});
                if (item.isCall(u"def"))
                    publics.push_back(*d);
            }
        }
    }
    m.disableDdlTransaction = attributes.value(QStringLiteral("disable_ddl_transaction")).isTrue();
    m.disableMigrationLock = attributes.value(QStringLiteral("disable_migration_lock")).isTrue();

    const QStringList lines = QString::fromUtf8(source).split(QLatin1Char('\n'));
    MigrationDsl dsl;
    Evaluator evaluator(attributes, functions, nullptr);
    Evaluator withDsl(attributes, functions, [&](const Ast &call, Evaluator::Bindings &env) {
        return dsl.call(evaluator, call, env);
    });
    evaluator = withDsl;
    for (const Definition &d : publics) {
        if (!d.params.empty())
            continue;
        CommandList commands;
        Evaluator::Bindings env;
        for (const Ast &statement : statements(d.body)) {
            CommandList buffer;
            dsl.sink = &buffer;
            Result<Term> result = evaluator.eval(statement, env);
            if (result) {
                commands.insert(commands.end(), buffer.begin(), buffer.end());
            } else {
                const elixir::SourcePos pos = statement.isCall() ? statement.pos() : elixir::SourcePos{};
                commands.push_back(Opaque{sourceOf(lines, statement), pos.line, pos.column, result.error()});
            }
        }
        dsl.sink = nullptr;
        if (d.name == QLatin1String("change"))
            m.change = commands;
        else if (d.name == QLatin1String("up"))
            m.up = commands;
        else if (d.name == QLatin1String("down"))
            m.down = commands;
    }
    return m;
}

} // namespace ectowb::migration
